package app.plexinvite.batch;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The owner's steps with a batch through MockMvc, and the workers run by hand. */
final class BatchFixture {

	private final MockMvcTester mvc;

	private final ApplicationContext context;

	BatchFixture(MockMvcTester mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
	}

	MvcTestResult upload(byte[] bytes) {
		return this.mvc.post()
			.uri("/admin/batch")
			.multipart()
			.file(new MockMultipartFile("file", "friends.csv", "text/csv", bytes))
			.with(user("owner").roles("ADMIN"))
			.with(csrf())
			.accept("text/html")
			.exchange();
	}

	/** Uploads the file and answers the new draft's id. */
	long uploads(String csv) {
		MvcTestResult result = upload(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/batch/\\d+");
		return Long.parseLong(location.substring("/admin/batch/".length()));
	}

	MvcTestResult post(String uri) {
		return this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html").exchange();
	}

	MvcTestResult get(String uri) {
		return this.mvc.get()
			.uri(uri)
			.with(user("owner").roles("ADMIN"))
			.accept("text/html", "application/json")
			.exchange();
	}

	void starts(long id) {
		assertThat(post("/admin/batch/" + id + "/start")).hasStatus3xxRedirection();
	}

	/** One round of the invite pipeline's worker. */
	void runThePipeline() {
		Object pipeline = AopTestUtils.getUltimateTargetObject(this.context.getBean("invitePipeline"));
		ReflectionTestUtils.invokeMethod(pipeline, "poll");
	}

}
