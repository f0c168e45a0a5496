package app.plexinvite.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the client sent it to the trusted proxy: the client's address and
 * whether it used HTTPS. Everything else (host, port, paths) is left alone; links are
 * built from PUBLIC_URL.
 */
final class ForwardedRequest extends HttpServletRequestWrapper {

	private final String client;

	private final boolean secure;

	ForwardedRequest(HttpServletRequest request, String client, boolean secure) {
		super(request);
		this.client = client;
		this.secure = secure;
	}

	@Override
	public String getRemoteAddr() {
		return this.client;
	}

	@Override
	public String getRemoteHost() {
		return this.client;
	}

	@Override
	public boolean isSecure() {
		return this.secure;
	}

	@Override
	public String getScheme() {
		return this.secure ? "https" : super.getScheme();
	}

}
