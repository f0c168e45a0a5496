package app.plexinvite.users;

import java.util.List;

/**
 * One page of the people list.
 *
 * @param people the rows
 * @param total how many match the query
 * @param page zero-based page
 * @param size rows per page
 */
public record PersonPage(List<Person> people, long total, int page, int size) {

	public PersonPage {
		people = List.copyOf(people);
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
