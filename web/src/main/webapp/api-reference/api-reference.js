/* Renders the OpenAPI document the server publishes; "Try it out" calls the API with HTTP Basic or a bearer token. */
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        deepLinking: false,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        validatorUrl: null
    });
});
