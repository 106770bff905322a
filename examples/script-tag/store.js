// The store's own script: the "Ajuda" button opens the chat, and the language switch restarts
// Pulso with the other configuration (the chat, its FAQ and greeting are per language).
(function () {
  var configs = { pt: '/pulso.json', en: '/pulso.en.json' };
  var language = 'pt';

  function translatePage() {
    document.documentElement.lang = language === 'pt' ? 'pt-BR' : 'en';
    document.querySelectorAll('[data-pt]').forEach(function (element) {
      element.textContent = element.getAttribute(language === 'pt' ? 'data-pt' : 'data-en');
    });
    var button = document.getElementById('language');
    button.textContent = language === 'pt' ? 'English' : 'Português';
    button.lang = language === 'pt' ? 'en' : 'pt-BR';
    button.setAttribute('aria-label', language === 'pt' ? 'Read this page in English' : 'Ler esta página em português');
  }

  document.getElementById('language').addEventListener('click', function () {
    language = language === 'pt' ? 'en' : 'pt';
    translatePage();
    Pulso.destroy();
    Pulso.init(configs[language]);
  });
  document.getElementById('help').addEventListener('click', function () {
    Pulso.openChat();
  });
})();
