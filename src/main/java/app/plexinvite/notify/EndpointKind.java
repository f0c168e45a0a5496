package app.plexinvite.notify;

/** What kind of receiver an endpoint is, which decides the request's format. */
enum EndpointKind {

	GENERIC("Any HTTPS receiver: the event's JSON, signed with the endpoint's secret (HMAC-SHA256)."),

	DISCORD("A Discord channel webhook (https://discord.com/api/webhooks/…): a message with an embed."),

	NTFY("An ntfy topic (https://ntfy.sh/your-topic or your own server): a push notification.");

	private final String description;

	EndpointKind(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
