import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { GraphqlProvider } from './GraphqlProvider';

export function App() {
  return (
    <GraphqlProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </GraphqlProvider>
  );
}
