import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@iom/components'; // defines the four tags before React renders them
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
