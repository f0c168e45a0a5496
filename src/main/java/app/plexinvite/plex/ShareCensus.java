package app.plexinvite.plex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;

import app.plexinvite.plex.ServerShares.ServerShare;

/**
 * Who one server is shared with, merged from plex.tv's three lists and checked against
 * each other: {@code /api/users} (§7a) gives the accounts, the v2 owned/accepted (§7c)
 * and invites/owned/pending (§8b) lists give libraries, settings and whether the invite
 * was accepted, and the e-mail invites that have no account yet (§8a: such an invite is
 * not a user). Merged per share id: the v1 {@code <Server id>} and the v2 sharedServer id
 * are taken to be the same number (§9, last lines: plausible, unverified); were they not,
 * the lists would never agree and every answer would be incomplete, never wrong.
 */
final class ShareCensus {

	private static final TypeReference<List<V2ShareWire>> V2_LIST = new TypeReference<>() {
	};

	private final String machineIdentifier;

	private final List<String> problems = new ArrayList<>();

	private final Map<Long, ShareListCalls.UserWire> v1 = new LinkedHashMap<>();

	/** Users whose share of some server came without ids (JBOPS #341, §7a). */
	private final Set<Long> unidentified = new HashSet<>();

	private final Map<Long, ServerShare> v2 = new LinkedHashMap<>();

	private boolean unreadable;

	ShareCensus(String machineIdentifier) {
		this.machineIdentifier = machineIdentifier;
	}

	/** The {@code /api/users} answer (XML, §7a). */
	ShareCensus users(String body) {
		ShareListCalls.UsersWire users = read(() -> PlexWire.read(body, ShareListCalls.UsersWire.class, "/api/users"),
				"/api/users");
		if (users == null) {
			return this;
		}
		Long total = PlexWire.toLong(users.totalSize());
		if (total != null && total > users.users().size()) {
			this.problems.add("plex.tv listed " + users.users().size() + " of " + total + " users (/api/users)");
		}
		for (ShareListCalls.UserWire user : users.users()) {
			for (ShareListCalls.ServerShareWire server : (user.servers() != null) ? user.servers()
					: List.<ShareListCalls.ServerShareWire>of()) {
				Long shareId = PlexWire.toLong(server.id());
				if (shareId == null) {
					this.unidentified.add(user.id());
				}
				else if (this.machineIdentifier.equals(server.machineIdentifier())) {
					this.v1.put(shareId, user);
				}
			}
		}
		return this;
	}

	/** A v2 list's answer (JSON, §7c or §8b); {@code accepted} names the list. */
	ShareCensus v2(String body, String endpoint, boolean accepted) {
		List<V2ShareWire> shares = read(() -> PlexWire.readJson(body, V2_LIST, endpoint), endpoint);
		if (shares != null) {
			long unplaceable = shares.stream().filter(Objects::nonNull).mapToLong(V2ShareWire::unplaceable).sum();
			if (unplaceable > 0) {
				this.problems.add(unplaceable + " share(s) without an id or a server in " + endpoint);
			}
			shares.stream()
				.filter(Objects::nonNull)
				.flatMap((share) -> share.serverShares(this.machineIdentifier, accepted))
				// an invite accepted between the two calls: the accepted list has the
				// last word
				.forEach((share) -> this.v2.merge(share.shareId(), share, (a, b) -> a.accepted() ? a : b));
		}
		return this;
	}

	ServerShares result() {
		if (!this.unreadable) {
			crossCheck();
		}
		List<ServerShare> shares = this.v2.values().stream().map(this::withAccount).toList();
		boolean complete = this.problems.isEmpty();
		return new ServerShares(this.machineIdentifier, shares, complete,
				complete ? null : String.join("; ", this.problems));
	}

	/**
	 * Each v1 share of this server must be in a v2 list and each v2 share of an account
	 * on {@code /api/users}, unless that user's share came without ids (JBOPS #341).
	 * Shares only v1 lists are left out: their libraries are unknown.
	 */
	private void crossCheck() {
		List<Long> notInV2 = this.v1.keySet().stream().filter((id) -> !this.v2.containsKey(id)).toList();
		List<Long> notInV1 = this.v2.values()
			.stream()
			.filter((share) -> share.plexAccountId() != null && !this.v1.containsKey(share.shareId())
					&& !this.unidentified.contains(share.plexAccountId()))
			.map(ServerShare::shareId)
			.toList();
		report(notInV2, "on /api/users but in neither v2 list");
		report(notInV1, "in a v2 list but not on /api/users");
	}

	private void report(List<Long> shareIds, String where) {
		if (!shareIds.isEmpty()) {
			this.problems.add(shareIds.size() + " share(s) " + where + " (ids "
					+ shareIds.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", ")) + ")");
		}
	}

	/**
	 * The account as /api/users has it (id, username, email, title), else as v2 has it.
	 */
	private ServerShare withAccount(ServerShare share) {
		ShareListCalls.UserWire user = this.v1.get(share.shareId());
		if (user == null) {
			return share;
		}
		return new ServerShare(share.shareId(), user.id(), or(user.username(), share.username()),
				or(user.email(), share.email()), or(user.title(), share.title()), share.accepted(),
				share.allLibraries(), share.librarySectionIds(), share.settings());
	}

	/**
	 * Reads a list; an unreadable one (or JSON {@code null}) makes the answer incomplete.
	 */
	private <T> T read(Supplier<T> reading, String endpoint) {
		try {
			T read = reading.get();
			if (read != null) {
				return read;
			}
		}
		catch (PlexException ex) {
			// PlexWire's reason is "unreadable answer"; the problem names the list
		}
		this.unreadable = true;
		this.problems.add("unreadable answer from " + endpoint);
		return null;
	}

	private static String or(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
