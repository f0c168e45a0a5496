/**
 * Notifications to the owner's own services: outgoing webhooks (signed JSON), Discord and
 * ntfy endpoints that subscribe to events of the other features, delivered from an outbox
 * with retries, a delivery log, and endpoints disabled after persistent failure.
 */
package app.plexinvite.notify;
