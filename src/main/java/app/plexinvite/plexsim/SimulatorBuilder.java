package app.plexinvite.plexsim;

import java.time.Clock;

/** Configures and starts a {@link PlexSimulator}. */
public final class SimulatorBuilder {

	int port;

	Clock clock = Clock.systemUTC();

	boolean demoData;

	boolean ownerPlexPass = true;

	boolean strictClientHeaders;

	boolean requestLog = true;

	SimulatorBuilder() {
	}

	/** The plex.tv port; 0 (the default) picks a free one. */
	public SimulatorBuilder port(int port) {
		this.port = port;
		return this;
	}

	public SimulatorBuilder clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/** Seeds the demo world; without it there is only the owner. */
	public SimulatorBuilder demoData() {
		this.demoData = true;
		return this;
	}

	/**
	 * The owner starts without Plex Pass (plex-protocol.md §6: no Plex Home then).
	 */
	public SimulatorBuilder ownerWithoutPlexPass() {
		this.ownerPlexPass = false;
		return this;
	}

	/**
	 * plex-protocol.md §0.3 (WIZ commit 3be12af): /api/v2/shared_servers answers 400
	 * unless every usual X-Plex-* field is present. Default: lenient.
	 */
	public SimulatorBuilder strictClientHeaders() {
		this.strictClientHeaders = true;
		return this;
	}

	/**
	 * {@link PlexSimulator#requests()} stays empty: a simulator that runs for hours (the
	 * plex-simulator command) does not keep every request.
	 */
	public SimulatorBuilder withoutRequestLog() {
		this.requestLog = false;
		return this;
	}

	public PlexSimulator build() {
		return new PlexSimulator(this);
	}

}
