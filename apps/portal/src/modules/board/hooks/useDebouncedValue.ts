// The one debounce hook lives in shared/hooks. This re-export only keeps MoveDialog's import
// working until MoveDialog (edited elsewhere) imports shared/hooks/useDebouncedValue itself;
// then delete this file.
export { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
