package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The people feature's public face: everyone with access to the server, the sync with
 * plex.tv, and the owner's actions on their shares. Each action that changes a share is
 * applied to Plex first and recorded (history and audit log) after Plex agreed.
 */
@Service
public class People {

	private final PersonStore store;

	private final PeopleSearch search;

	private final PeopleSync sync;

	private final PersonActions actions;

	private final PeopleStatistics statistics;

	private final AccessHistory history;

	People(PersonStore store, PeopleSearch search, PeopleSync sync, PersonActions actions, PeopleStatistics statistics,
			AccessHistory history) {
		this.store = store;
		this.statistics = statistics;
		this.history = history;
		this.search = search;
		this.sync = sync;
		this.actions = actions;
	}

	public PersonPage find(PersonQuery query) {
		return this.search.find(query);
	}

	public Optional<PersonDetail> find(long id) {
		return this.store.find(id).map((person) -> new PersonDetail(person, this.store.history(id)));
	}

	/** These people (unknown ids left out), by name. */
	public List<Person> findAll(Collection<Long> ids) {
		return this.store.findAll(ids);
	}

	/**
	 * Whether someone with this username or e-mail (case-insensitive) holds a share, as
	 * far as the last sync and our own actions know.
	 */
	public boolean hasAccess(String name) {
		return this.store.findByName(name).stream().anyMatch((person) -> person.state().holdsShare());
	}

	public PeopleCounts counts() {
		return this.search.counts();
	}

	/** People whose first acceptance falls in [from, to), oldest first. */
	public List<Acceptance> acceptances(Instant from, Instant to) {
		return this.statistics.acceptances(from, to);
	}

	/**
	 * Of these request ids, the ones whose person (who came through that request)
	 * accepted.
	 */
	public Set<Long> acceptedRequests(Collection<Long> requestIds) {
		return this.statistics.acceptedRequests(requestIds);
	}

	/** Every stretch of time someone held a share, from their history. */
	public List<AccessSpan> accessSpans() {
		return this.history.spans();
	}

	/**
	 * People holding a share whose access ends in [from, to), per UTC day (epoch day to
	 * count).
	 */
	public Map<Long, Long> accessEndingPerDay(Instant from, Instant to) {
		return this.statistics.endingPerDay(from, to);
	}

	public SyncStatus syncStatus() {
		return this.sync.status();
	}

	/** A sync now, unless one started less than people.sync-min-gap ago. */
	public SyncResult syncNow() {
		return this.sync.syncNow();
	}

	/** Removes an accepted share, or cancels a pending invite, on Plex. */
	public ActionResult revoke(long id) {
		return this.actions.revoke(id);
	}

	/** Withdraws a pending invite on Plex. */
	public ActionResult cancelInvite(long id) {
		return this.actions.cancelInvite(id);
	}

	/**
	 * Cancels a pending invite and sends it again with the same libraries and settings.
	 */
	public ActionResult resendInvite(long id) {
		return this.actions.resendInvite(id);
	}

	/**
	 * Shares again with someone expired, revoked or gone (their profile or libraries).
	 */
	public ActionResult giveAccessAgain(long id) {
		return this.actions.giveAccessAgain(id);
	}

	/** Updates their share to this profile's libraries and settings. */
	public ActionResult changeProfile(long id, long profileId) {
		return this.actions.changeProfile(id, profileId);
	}

	/** Updates their share to libraries and permissions of their own. */
	public ActionResult changeAccess(long id, AccessChoice choice) {
		return this.actions.changeAccess(id, choice);
	}

	/** Their access ends at this instant; null means never. */
	public ActionResult setExpiry(long id, Instant endsAt) {
		return this.actions.setExpiry(id, endsAt);
	}

	/** Their access ends this much later (from now when it had no end). */
	public ActionResult extendExpiry(long id, Duration by) {
		return this.actions.extendExpiry(id, by);
	}

	/** The owner's note (blank clears it). */
	public ActionResult saveNote(long id, String note) {
		return this.actions.saveNote(id, note);
	}

	/** They are still there after all: back to their state before being marked gone. */
	public ActionResult undoGone(long id) {
		return this.sync.undoGone(id);
	}

	public BulkResult bulk(BulkAction action, Collection<Long> ids) {
		return this.actions.bulk(action, ids);
	}

}
