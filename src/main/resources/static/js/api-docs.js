// The REST API's docs page (templates/api/docs.html): Swagger UI from its WebJar, under the strict
// Content-Security-Policy (this file instead of an inline set-up script). Left out: the top bar (its address field
// has no label), deep links (each would be a link inside the operation's button), and the servers and authorize row
// with each operation's lock button (there is one server, and calls cannot be tried from this page, so a key would do
// nothing here).
(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  function nothing() {
    return null;
  }
  function withoutServersAndAuthorize() {
    return {
      components: {
        ServersContainer: nothing,
        SchemesContainer: nothing,
        AuthorizeBtnContainer: nothing,
        authorizeOperationBtn: nothing
      }
    };
  }
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-url'),
    domNode: root,
    layout: 'BaseLayout',
    deepLinking: false,
    tryItOutEnabled: false,
    supportedSubmitMethods: [],
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [withoutServersAndAuthorize]
  });
})();
