package app.plexinvite.profiles;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The profiles feature's one entry point: the owner's profiles, the hidden ones invite
 * links make, and pushing an edited profile to everyone who has it.
 */
@Component
public class AccessProfiles {

	private final StoredProfiles profiles;

	private final ObjectProvider<ProfileHolderSource> holderSources;

	private final ProfilePush push;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessProfiles(StoredProfiles profiles, ObjectProvider<ProfileHolderSource> holderSources, ProfilePush push,
			TransactionTemplate transaction, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.profiles = profiles;
		this.holderSources = holderSources;
		this.push = push;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The owner's profiles (not hidden ones), the default first, then by name. */
	public List<AccessProfile> all() {
		return this.profiles.findVisible();
	}

	/** Any profile, hidden ones included. */
	public Optional<AccessProfile> find(long id) {
		return this.profiles.find(id);
	}

	/** Always exists (the migration creates it from the former share settings). */
	public AccessProfile defaultProfile() {
		return this.profiles.findDefault()
			.orElseThrow(() -> new IllegalStateException("No default access profile; migration V4 creates one"));
	}

	/**
	 * A new profile of the owner's; {@link ProfileRefused} names the field that is wrong.
	 */
	public AccessProfile create(ProfileDraft draft) {
		return created(draft, false);
	}

	/** A profile for one invite link's explicit libraries and flags; not listed. */
	public AccessProfile createHidden(ProfileDraft draft) {
		return created(draft, true);
	}

	public AccessProfile update(long id, ProfileDraft draft) {
		AccessProfile current = find(id).orElseThrow(() -> notFound(id));
		ProfileDrafts.check(draft);
		if (!current.hidden()) {
			checkNameFree(draft, id);
		}
		this.transaction.executeWithoutResult((status) -> this.profiles.update(id, draft, this.clock.instant()));
		return saved(id);
	}

	public void makeDefault(long id) {
		AccessProfile profile = find(id).orElseThrow(() -> notFound(id));
		if (profile.hidden()) {
			throw ProfileRefused.whole("profiles.default.hidden", "A link's own profile cannot be the default");
		}
		this.transaction.executeWithoutResult((status) -> this.profiles.makeDefault(id, this.clock.instant()));
		saved(id);
	}

	/** Refuses the default profile and one still used (by a link or request). */
	public void delete(long id) {
		AccessProfile profile = find(id).orElseThrow(() -> notFound(id));
		if (profile.isDefault()) {
			throw ProfileRefused.whole("profiles.delete.default", "The default profile cannot be deleted");
		}
		if (!holders(id).isEmpty()) {
			throw inUse(id);
		}
		try {
			this.transaction.executeWithoutResult((status) -> this.profiles.delete(id));
		}
		catch (DataIntegrityViolationException | UncategorizedSQLException ex) {
			if (ex instanceof UncategorizedSQLException sql && !isConstraint(sql.getSQLException())) {
				throw ex;
			}
			throw inUse(id);
		}
	}

	/** Who has the profile: the preview before a push. */
	public List<ProfileHolder> holders(long id) {
		List<ProfileHolder> holders = new ArrayList<>();
		this.holderSources.orderedStream().forEach((source) -> holders.addAll(source.holdersOf(id)));
		return holders;
	}

	/**
	 * Updates every holder's share on Plex to the profile as it is now, one after the
	 * other (never a burst at plex.tv); a failure is collected, not thrown.
	 */
	public PushResult push(long id) {
		AccessProfile profile = find(id).orElseThrow(() -> notFound(id));
		if (!profile.configured()) {
			throw ProfileRefused.whole("profiles.push.notConfigured", "Profile " + id + " has no libraries");
		}
		return this.push.push(profile, holders(id));
	}

	private AccessProfile created(ProfileDraft draft, boolean hidden) {
		ProfileDrafts.check(draft);
		if (!hidden) {
			checkNameFree(draft, 0);
		}
		Long id = this.transaction.execute((status) -> this.profiles.insert(draft, hidden, this.clock.instant()));
		return saved(id);
	}

	private void checkNameFree(ProfileDraft draft, long exceptId) {
		if (this.profiles.nameTaken(draft.name().strip(), exceptId)) {
			throw ProfileRefused.field("name", "profiles.name.taken", "Another profile is called " + draft.name());
		}
	}

	private AccessProfile saved(long id) {
		AccessProfile profile = find(id).orElseThrow(() -> notFound(id));
		this.events.publishEvent(new ProfileSaved(id, profile.configured()));
		return profile;
	}

	private static boolean isConstraint(SQLException ex) {
		// SQLite reports every constraint as error code 19 (SQLITE_CONSTRAINT).
		return ex != null && ex.getErrorCode() == 19;
	}

	private static ProfileRefused inUse(long id) {
		return ProfileRefused.whole("profiles.delete.inUse", "Profile " + id + " is used by a request or link");
	}

	private static IllegalArgumentException notFound(long id) {
		return new IllegalArgumentException("No access profile " + id);
	}

}
