package app.plexinvite.links;

/**
 * The link exists but cannot be used now (expired, revoked, used up): a kind 410 page.
 */
final class LinkUnavailable extends RuntimeException {

	private final LinkState state;

	private LinkUnavailable(LinkState state) {
		super("Invite link is " + state, null, false, false);
		this.state = state;
	}

	static LinkUnavailable because(LinkState state) {
		return new LinkUnavailable(state);
	}

	LinkState state() {
		return this.state;
	}

}
