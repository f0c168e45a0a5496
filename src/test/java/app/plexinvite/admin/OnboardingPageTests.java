package app.plexinvite.admin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.onboarding.OnboardingStep;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The owner's onboarding page: edit, add, remove, reorder, preview, rules, reset. */
@AppTest
@AutoConfigureMockMvc
class OnboardingPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Onboarding onboarding;

	@BeforeEach
	void builtInGuide() {
		this.onboarding.resetToDefaults();
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void showsTheBuiltInStepsRenderedAndTheirMarkdownToEdit() {
		MvcTestResult page = this.mvc.get()
			.uri("/admin/onboarding")
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Built-in guide")
			.contains("<strong>iPhone and iPad, Apple TV:</strong>")
			.contains("**iPhone and iPad, Apple TV:**");
	}

	@Test
	void addsAStepAndRedirectsWithAFlashMessage() {
		MvcTestResult added = post("/admin/onboarding/steps", "title", "Subtitles", "body", "Press **CC**.");

		assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/admin/onboarding");
		assertThat(added).flash().containsEntry("success", "admin.onboarding.added");
		assertThat(this.onboarding.steps()).last()
			.satisfies((step) -> assertThat(step.html()).contains("<strong>CC</strong>"));
	}

	@Test
	void refusesAStepWithoutTitleWith422KeepingWhatWasTyped() {
		MvcTestResult refused = post("/admin/onboarding/steps", "title", " ", "body", "Keep this text");

		assertThat(refused).hasStatus(422);
		assertThat(refused).bodyText().contains("Give the step a title.").contains("Keep this text");
		assertThat(this.onboarding.usesDefaultSteps()).isTrue();
	}

	@Test
	void refusesAnOverlongStepWith422() {
		assertThat(post("/admin/onboarding/steps/0", "title", "x".repeat(201), "body", "")).hasStatus(422);
		assertThat(this.onboarding.steps().get(0).title()).isEqualTo("Welcome!");
	}

	@Test
	void previewsUnsavedMarkdownSafelyWithoutSaving() {
		MvcTestResult preview = post("/admin/onboarding/steps/1", "title", "Apps", "body",
				"[go](javascript:alert(1)) <script>x</script> _new_", "preview", "1");

		assertThat(preview).hasStatusOk();
		assertThat(preview).bodyText()
			.contains("<em>new</em>")
			.doesNotContain("<script>x")
			.doesNotContain("href=\"javascript:");
		assertThat(this.onboarding.usesDefaultSteps()).isTrue();
	}

	@Test
	void editsMovesAndRemovesSteps() {
		post("/admin/onboarding/steps/0", "title", "Hi", "body", "there");
		post("/admin/onboarding/steps/0/move", "direction", "1");
		post("/admin/onboarding/steps/3/delete");

		assertThat(this.onboarding.steps()).extracting(OnboardingStep::title)
			.containsExactly("Get the Plex app", "Hi", "Find the server in the app");
	}

	@Test
	void explainsAStepThatIsGoneInsteadOfFailing() {
		MvcTestResult gone = post("/admin/onboarding/steps/42/delete");

		assertThat(gone).hasStatus3xxRedirection();
		assertThat(gone).flash().containsEntry("problem", "admin.onboarding.notPossible");
	}

	@Test
	void savesTheRulesAndResetsToTheBuiltInGuide() {
		post("/admin/onboarding/rules", "enabled", "true", "text", "No sharing.");
		boolean enabled = this.onboarding.rules().enabled();
		post("/admin/onboarding/steps", "title", "Extra", "body", "");

		MvcTestResult reset = post("/admin/onboarding/reset");

		assertThat(enabled).isTrue();
		assertThat(reset).hasStatus3xxRedirection();
		assertThat(this.onboarding.usesDefaultSteps()).isTrue();
		assertThat(this.onboarding.rules().enabled()).isFalse();
	}

	@Test
	void isOnlyForTheOwner() {
		assertThat(this.mvc.get().uri("/admin/onboarding").accept("text/html")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/admin/onboarding/reset").with(csrf()).accept("text/html"))
			.hasStatus3xxRedirection();
	}

}
