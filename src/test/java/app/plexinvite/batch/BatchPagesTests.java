package app.plexinvite.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.invite.Invitations;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch pages through MockMvc on the whole app; no worker runs. */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "batch.jobs-enabled=false", "invite.worker-enabled=false" })
class BatchPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	Invitations invitations;

	@Autowired
	BatchRows rows;

	@Autowired
	Batches batches;

	@Autowired
	AuditLog audit;

	BatchFixture owner;

	@BeforeEach
	void signedIn() {
		this.owner = new BatchFixture(this.mvc, this.context);
	}

	@Test
	void thePreviewCountsEveryKindOfProblemAndShowsProblemsFirst() throws Exception {
		this.invitations.submitForOwner("asked-before", null, true);
		String csv = """
				username;name;profile;expiry;message
				pageok1;Ann;;30d;Welcome!
				pageok2;Ben;Default;%s;
				not valid!;;;;
				pageok1;;;;
				asked-before;;;;
				pageok3;;No such profile;;
				pageok4;;;tomorrow;
				pageok5;;;;%s
				pageok6;<script>alert(1)</script>;;;
				""".formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1), "x".repeat(1001));

		long id = this.owner.uploads(csv);

		BatchCounts counts = this.rows.counts(id);
		assertThat(counts.valid()).isEqualTo(3);
		assertThat(counts.byCheck()).containsEntry(RowCheck.BAD_ADDRESS, 1L)
			.containsEntry(RowCheck.DUPLICATE, 1L)
			.containsEntry(RowCheck.ALREADY_REQUESTED, 1L)
			.containsEntry(RowCheck.UNKNOWN_PROFILE, 1L)
			.containsEntry(RowCheck.BAD_EXPIRY, 1L)
			.containsEntry(RowCheck.MESSAGE_TOO_LONG, 1L);
		MvcTestResult page = this.owner.get("/admin/batch/" + id);
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(text("batch.preview.counts", 3, 6))
			.contains(text("batch.preview.start", 3))
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(html.indexOf("data-row=\"4\"")).as("a problem row before the first valid one")
			.isLessThan(html.indexOf("data-row=\"2\""));
		assertThat(this.batches.find(id).orElseThrow().state()).isEqualTo(BatchState.DRAFT);
	}

	@Test
	void tenThousandRowsAreCheckedStoredAndPaged() {
		String csv = java.util.stream.IntStream.rangeClosed(1, BatchCsv.MAX_ROWS)
			.mapToObj((i) -> "bulk" + i + ";Friend " + i + ";;30d;")
			.collect(java.util.stream.Collectors.joining("\n", "username;name;profile;expiry;message\n", "\n"));
		long id = this.owner.uploads(csv);

		MvcTestResult last = this.owner.get("/admin/batch/" + id + "?page=100");
		assertThat(last).hasStatusOk()
			.bodyText()
			.contains(text("batch.preview.counts", BatchCsv.MAX_ROWS, 0), ">bulk10000<", ">10001<");
	}

	@Test
	void aFileThatCannotBeReadIsRefusedInThePageWith422() {
		assertRefused(this.owner.upload("jürgen\n".getBytes(StandardCharsets.ISO_8859_1)), "batch.file.notUtf8");
		assertRefused(this.owner.upload(new byte[0]), "batch.file.required");
		assertRefused(this.owner.upload("username\n\n".getBytes(StandardCharsets.UTF_8)), "batch.file.empty");
		byte[] large = "a".repeat((int) BatchController.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
		assertRefused(this.owner.upload(large), "batch.file.tooLarge", 5L);
	}

	@Test
	void discardingADraftDeletesItAndIsAudited() {
		long id = this.owner.uploads("discard-me\n");

		assertThat(this.owner.post("/admin/batch/" + id + "/discard")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/batch");

		assertThat(this.owner.get("/admin/batch/" + id)).hasStatus(404);
		assertThat(audited(AuditAction.BATCH_DISCARDED))
			.anySatisfy((entry) -> assertThat(entry.event().target()).isEqualTo("batch #" + id + " (friends.csv)"));
	}

	@Test
	void startingShowsProgressAndCancellingIsConfirmedFirst() throws Exception {
		long id = this.owner.uploads("run-one\nrun-two\n");
		this.owner.starts(id);
		assertThat(this.owner.post("/admin/batch/" + id + "/start")).as("a second confirm changes nothing")
			.hasStatus3xxRedirection();
		assertThat(audited(AuditAction.BATCH_STARTED)).filteredOn((entry) -> entry.event().target().contains("#" + id))
			.hasSize(1);

		MvcTestResult progress = this.owner.get("/admin/batch/" + id + "/progress");
		assertThat(progress).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("RUNNING");
		assertThat(progress).bodyJson()
			.extractingPath("$.summary")
			.isEqualTo(text("batch.progress.summary", 0, 0, 2, 0, 2));
		String page = this.owner.get("/admin/batch/" + id).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<progress").contains("aria-live=\"polite\"").contains(text("batch.cancel"));

		assertThat(this.owner.get("/admin/batch/" + id + "/cancel")).hasStatusOk()
			.bodyText()
			.contains(text("batch.cancel.confirm"));
		assertThat(this.owner.post("/admin/batch/" + id + "/cancel")).hasStatus3xxRedirection();

		assertThat(this.rows.counts(id).cancelled()).isEqualTo(2);
		assertThat(audited(AuditAction.BATCH_CANCELLED)).isNotEmpty();
		assertThat(this.owner.get("/admin/batch")).hasStatusOk().bodyText().contains(text("batch.state.CANCELLED"));
	}

	@Test
	void theResultFileNeutralisesFormulas() throws Exception {
		long id = this.owner.uploads("csvok,=HYPERLINK(\"http://evil.example\"),,,\n@SUM(A1),+name\n");

		MvcTestResult csv = this.owner.get("/admin/batch/" + id + "/results.csv");

		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("batch-" + id + "-results.csv");
		List<String> lines = List.of(csv.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
		assertThat(lines.get(1)).startsWith("1,csvok,\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
		assertThat(lines.get(2)).startsWith("2,'@SUM(A1),'+name,,");
	}

	private void assertRefused(MvcTestResult result, String key, Object... arguments) {
		assertThat(result).hasStatus(422).bodyText().contains(text(key, arguments));
	}

	private List<AuditEntry> audited(AuditAction action) {
		return this.audit.find(AuditQuery.newest(100))
			.entries()
			.stream()
			.filter((entry) -> entry.event().action() == action)
			.toList();
	}

	private String text(String key, Object... arguments) {
		String text = this.messages.getMessage(key, arguments, java.util.Locale.ENGLISH);
		return text.replace("\"", "&quot;");
	}

}
