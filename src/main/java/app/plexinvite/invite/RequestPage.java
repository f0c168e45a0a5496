package app.plexinvite.invite;

import java.util.List;

/**
 * One page of requests.
 *
 * @param items newest first
 * @param nextBefore the cursor of the next page, or null when there is none
 */
public record RequestPage(List<RequestView> items, Long nextBefore) {

	public RequestPage {
		items = List.copyOf(items);
	}

}
