import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

void i18nReady.then(() => {
  createRoot(root).render(<App />);
});
