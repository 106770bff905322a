// One frame of the theming page: the shared survey (pulso.json) with the theme named in the URL,
// laid out inline. Nothing is sent anywhere (no `endpoint`): this page only shows the look.
(function () {
  var themes = {
    torra: { mode: 'light', accent: '#b45309', background: '#fffaf3', foreground: '#2b1d14', radius: 14, font: 'system-ui, sans-serif', layout: 'inline' },
    mare: { mode: 'light', accent: '#0e7490', background: '#f0f9ff', foreground: '#0c2a3a', radius: 0, font: '"Helvetica Neue", Arial, sans-serif', layout: 'inline' },
    noite: { mode: 'dark', accent: '#f4b860', background: '#161b26', foreground: '#f3f0ea', radius: 6, font: 'Georgia, "Times New Roman", serif', layout: 'inline' },
  };
  var name = new URLSearchParams(location.search).get('theme');
  var theme = themes[name] || themes.torra;
  fetch('pulso.json')
    .then(function (response) { return response.json(); })
    .then(function (config) {
      config.theme = theme;
      Pulso.init(config);
      Pulso.showSurvey('post-purchase-nps');
    });
})();
