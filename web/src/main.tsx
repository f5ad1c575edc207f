import 'antd/dist/antd.css';
import { createRoot } from 'react-dom/client';
import { App, prefetchScreen, prefetchSession } from './App';
import './accessibility.css';
import { i18nReady } from './i18n';
import { watchScrollRegions } from './lib/scrollRegions';
import { matchOf } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Started with the app's own code rather than after its first render: the screen's chunk, the
// session (the header and most screens wait for it) and the screen's own first requests. See docs/decisions/0059.
const match = matchOf(window.location.pathname);
void match?.route.page.preload();
prefetchSession();
prefetchScreen(match, new URLSearchParams(window.location.search));

watchScrollRegions();

void i18nReady.then(() => {
  createRoot(root).render(<App />);
});
