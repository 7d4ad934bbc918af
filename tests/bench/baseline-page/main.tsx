// The smallest React page: the baseline that the candidate page's weight is compared with.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);
