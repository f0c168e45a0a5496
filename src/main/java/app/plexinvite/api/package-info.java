/**
 * The REST API under {@code /api/v1}: API keys the owner makes at {@code /admin/api}
 * (stored hashed, revocable), a stateless security chain and a rate limit per key, JSON
 * endpoints over the public faces of invite, links, profiles and users, RFC 9457 problem
 * details for every error, and the OpenAPI document with its docs page.
 */
package app.plexinvite.api;
