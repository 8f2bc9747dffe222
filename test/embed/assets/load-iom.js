/*
 * What a webmaster pastes — the cloak stylesheet and the CDN bundle — unless the page's URL says
 * `?without-iom`, so that a test can compare the page's own elements with and without us.
 * A dynamic import, not a created <script src>: Trusted Types would reject the latter.
 */
if (!new URLSearchParams(location.search).has('without-iom')) {
  const cloak = document.createElement('link');
  cloak.rel = 'stylesheet';
  cloak.href = '/dist/iom-cloak.css';
  document.head.append(cloak);
  import('/dist/cdn/iom-components.js');
}
