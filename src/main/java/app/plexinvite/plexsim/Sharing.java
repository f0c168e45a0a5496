package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * plex.tv's rules for creating and changing shares, common to the v1 and v2 endpoints.
 */
final class Sharing {

	enum Problem {

		/** A library id that is not a plex.tv section id of that server. */
		UNKNOWN_SECTION,
		/** A username (not an email) with no account behind it. */
		UNKNOWN_USER,
		/** The invitee already has a pending or accepted share of that server. */
		ALREADY_SHARED,
		/** The owner invited themselves. */
		SELF,
		/** No invitee, or a settings value that is not a boolean. */
		MALFORMED

	}

	/** Either a share, or a problem with the name of the invitee for the message. */
	record Outcome(Share share, Problem problem, String invitee) {
	}

	private final World world;

	Sharing(World world) {
		this.world = world;
	}

	/**
	 * Shares a server. {@code invited} is an email or a Plex username (plex-protocol.md
	 * §5a); an email without an account becomes an email-keyed pending invite (§8a).
	 */
	Outcome share(SimServer server, String invited, Long invitedId, List<Long> sectionIds, Map<String, ?> settings) {
		if (!knownSections(server, sectionIds)) {
			return problem(Problem.UNKNOWN_SECTION, invited);
		}
		Optional<SimAccount> invitee = (invitedId != null) ? this.world.accounts.byId(invitedId)
				: this.world.accounts.byName(invited);
		if (invitee.isEmpty() && (invitedId != null || invited == null || !invited.contains("@"))) {
			return problem((invited == null && invitedId == null) ? Problem.MALFORMED : Problem.UNKNOWN_USER, invited);
		}
		if (invitee.isPresent() && invitee.get().id() == server.owner().id()) {
			return problem(Problem.SELF, invited);
		}
		String name = invitee.map(SimAccount::username).orElse(invited);
		// One share per invitee and server, also when two POSTs for them arrive at once.
		synchronized (this.world.shares) {
			if (this.world.shares.existing(server.machineIdentifier(), invitee.orElse(null), invited).isPresent()) {
				return problem(Problem.ALREADY_SHARED, name);
			}
			Map<String, String> normalized;
			try {
				normalized = SharingSettings.merge(SharingSettings.DEFAULTS, settings);
			}
			catch (IllegalArgumentException ex) {
				return problem(Problem.MALFORMED, name);
			}
			Share share = this.world.shares.create(server, invitee.orElse(null), invited, sectionIds, normalized,
					this.world.now());
			return new Outcome(share, null, name);
		}
	}

	boolean knownSections(SimServer server, List<Long> sectionIds) {
		List<Long> known = server.libraries().stream().map(SimLibrary::plexTvId).toList();
		return sectionIds != null && known.containsAll(sectionIds);
	}

	/**
	 * Library ids from a JSON list of numbers or numeric strings; null when malformed.
	 */
	static List<Long> sectionIds(Object raw) {
		if (raw == null) {
			return List.of();
		}
		if (!(raw instanceof List<?> values)) {
			return null;
		}
		List<Long> ids = new ArrayList<>();
		for (Object value : values) {
			try {
				ids.add(Long.parseLong(String.valueOf(value)));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return List.copyOf(ids);
	}

	private static Outcome problem(Problem problem, String invitee) {
		return new Outcome(null, problem, invitee);
	}

}
