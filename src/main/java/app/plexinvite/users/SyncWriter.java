package app.plexinvite.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import app.plexinvite.users.ShareMerge.Merged;
import app.plexinvite.users.ShareMerge.Plan;
import app.plexinvite.users.ShareMerge.Step;

/**
 * Writes a sync's plan (the caller holds a transaction). A person written since the plan
 * was made is merged again from the stored copy (whose changes after plex.tv was asked
 * the rules respect); if it changes yet again, the next sync picks it up.
 */
@Component
class SyncWriter {

	private static final Logger log = LoggerFactory.getLogger(SyncWriter.class);

	private final PersonStore store;

	SyncWriter(PersonStore store) {
		this.store = store;
	}

	Written write(Plan plan, Instant now) {
		int imported = 0;
		for (Person person : plan.imported()) {
			if (recordedMeanwhile(person)) {
				continue; // a share just made here: the next sync updates them
			}
			Person stored = this.store.insert(person, now);
			this.store.record(stored.id(), ShareRules.event(now, PersonEvent.Kind.IMPORTED,
					"shared outside Plex Invite; listed as imported and left as it is"));
			imported++;
		}
		List<Long> seen = new ArrayList<>();
		List<Person> gone = new ArrayList<>();
		List<Person> joined = new ArrayList<>();
		for (Step step : plan.steps()) {
			Merged merged = step.rule().apply(step.before());
			if (merged.unchanged(step.before())) {
				continue;
			}
			if (merged.onlySeen(step.before())) {
				seen.add(step.before().id());
				continue;
			}
			Optional<Merged> saved = saved(step, merged, now);
			saved.filter(SyncWriter::markedGone).ifPresent((done) -> gone.add(done.after()));
			saved.filter(SyncWriter::accepted).ifPresent((done) -> joined.add(done.after()));
		}
		this.store.seen(seen, now);
		return new Written(imported, gone, joined);
	}

	/** Saves the merge, or merges again from the stored copy once; empty if both lost. */
	private Optional<Merged> saved(Step step, Merged merged, Instant now) {
		Merged toSave = merged;
		if (!this.store.save(toSave.after(), now)) {
			Optional<Person> fresh = this.store.find(step.before().id());
			if (fresh.isEmpty()) {
				return Optional.empty();
			}
			toSave = step.rule().apply(fresh.get());
			if (toSave.unchanged(fresh.get())) {
				return Optional.empty();
			}
			if (!this.store.save(toSave.after(), now)) {
				log.info("Person {} changed twice during the sync; the next sync merges them", step.before().id());
				return Optional.empty();
			}
		}
		for (PersonEvent event : toSave.events()) {
			this.store.record(step.before().id(), event);
		}
		return Optional.of(toSave);
	}

	/**
	 * Someone recorded by a request or a link after the plan was made (by account, or by
	 * name for an invite to an e-mail address).
	 */
	private boolean recordedMeanwhile(Person person) {
		if (person.plexAccountId() != null) {
			return this.store.findByAccount(person.plexAccountId()).isPresent();
		}
		return Stream.of(person.email(), person.username())
			.filter(Objects::nonNull)
			.anyMatch((name) -> !this.store.findByName(name).isEmpty());
	}

	/** A pending person plex.tv lists as accepted now ({@link ShareRules#listed}). */
	private static boolean accepted(Merged merged) {
		return merged.events().stream().anyMatch((event) -> event.kind() == PersonEvent.Kind.ACCEPTED);
	}

	private static boolean markedGone(Merged merged) {
		return merged.events().stream().anyMatch((event) -> event.kind() == PersonEvent.Kind.MARKED_GONE);
	}

	/**
	 * What a sync wrote.
	 *
	 * @param imported how many people were new
	 * @param gone who was marked gone
	 * @param joined who accepted their invite (pending before)
	 */
	record Written(int imported, List<Person> gone, List<Person> joined) {

		Written {
			gone = List.copyOf(gone);
			joined = List.copyOf(joined);
		}

	}

}
