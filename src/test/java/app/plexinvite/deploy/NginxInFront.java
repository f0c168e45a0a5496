package app.plexinvite.deploy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class's one nginx ({@link Nginx}) in front of its application, started at the
 * first request and stopped after the class.
 */
abstract class NginxInFront {

	@TempDir
	static Path folder;

	static Nginx nginx;

	@LocalServerPort
	int appPort;

	/** nginx's port, nginx started in front of this class's application if not yet. */
	int nginx() throws IOException {
		if (nginx == null) {
			nginx = Nginx.start(folder, this.appPort);
		}
		return nginx.port();
	}

	@AfterAll
	static void stopNginx() {
		if (nginx != null) {
			nginx.close();
			nginx = null;
		}
	}

}
