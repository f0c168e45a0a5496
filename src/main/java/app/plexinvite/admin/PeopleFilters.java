package app.plexinvite.admin;

import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonQuery.ExpiryFilter;
import app.plexinvite.users.PersonQuery.Sort;
import app.plexinvite.users.PersonState;

/**
 * The people list as the owner filtered it, and the links that change one part of it
 * (filter chips, sortable headings, pages) while keeping the rest. Public only for the
 * template engine.
 *
 * @param q search text, or null
 * @param states only these states; empty for all
 * @param origin only this origin, or null
 * @param profile only this profile's holders, or null
 * @param expiry the expiry filter, or null
 * @param sort the order
 * @param descending reversed order
 * @param page one-based page
 */
public record PeopleFilters(String q, Set<PersonState> states, PersonOrigin origin, Long profile, ExpiryFilter expiry,
		Sort sort, boolean descending, int page) {

	static final String PATH = "/admin/users";

	public PeopleFilters {
		q = (q == null || q.isBlank()) ? null : q.strip();
		states = (states == null) ? Set.of() : Set.copyOf(states);
		sort = (sort == null) ? Sort.NAME : sort;
		page = Math.max(1, page);
	}

	PersonQuery query(int size) {
		return new PersonQuery(this.q, this.states, this.origin, this.profile, this.expiry, this.sort, this.descending,
				this.page - 1, size);
	}

	/** Whether this end-of-access filter (an {@link ExpiryFilter} name) is on. */
	public boolean showsExpiry(String name) {
		return this.expiry != null && this.expiry.name().equals(name);
	}

	/** Whether only this state is shown (null: whether no state filter is set). */
	public boolean showsOnly(PersonState state) {
		return (state == null) ? this.states.isEmpty() : this.states.equals(Set.of(state));
	}

	/** Only this state (null: every state), from the first page. */
	public String withState(PersonState state) {
		return new PeopleFilters(this.q, (state == null) ? Set.of() : Set.of(state), this.origin, this.profile,
				this.expiry, this.sort, this.descending, 1)
			.href();
	}

	/**
	 * Only this end-of-access filter (an {@link ExpiryFilter} name), from the first page.
	 */
	public String withExpiry(String name) {
		ExpiryFilter filter = ExpiryFilter.valueOf(name);
		return new PeopleFilters(this.q, this.states, this.origin, this.profile, filter, this.sort, this.descending, 1)
			.href();
	}

	/**
	 * Sorted by this column (a {@link Sort} name); again on the current column reverses
	 * it.
	 */
	public String sortedBy(String name) {
		Sort column = Sort.valueOf(name);
		boolean reverse = column == this.sort && !this.descending;
		return new PeopleFilters(this.q, this.states, this.origin, this.profile, this.expiry, column, reverse, 1)
			.href();
	}

	/** The aria-sort value of a column heading (a {@link Sort} name). */
	public String ariaSort(String name) {
		if (Sort.valueOf(name) != this.sort) {
			return "none";
		}
		return this.descending ? "descending" : "ascending";
	}

	public String atPage(int number) {
		return new PeopleFilters(this.q, this.states, this.origin, this.profile, this.expiry, this.sort,
				this.descending, number)
			.href();
	}

	/** This list's address, parameters in a fixed order, defaults left out. */
	public String href() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
		if (this.q != null) {
			uri.queryParam("q", this.q);
		}
		this.states.stream().sorted().forEach((state) -> uri.queryParam("state", state));
		if (this.origin != null) {
			uri.queryParam("origin", this.origin);
		}
		if (this.profile != null) {
			uri.queryParam("profile", this.profile);
		}
		if (this.expiry != null) {
			uri.queryParam("expiry", this.expiry);
		}
		if (this.sort != Sort.NAME || this.descending) {
			uri.queryParam("sort", this.sort).queryParam("dir", this.descending ? "desc" : "asc");
		}
		if (this.page > 1) {
			uri.queryParam("page", this.page);
		}
		return uri.encode().build().toUriString();
	}

}
