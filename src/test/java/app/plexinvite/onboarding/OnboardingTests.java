package app.plexinvite.onboarding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The guide and rules as stored in the database (V6), with the built-in defaults. */
@AppTest
class OnboardingTests {

	@Autowired
	Onboarding onboarding;

	@BeforeEach
	void builtInGuide() {
		this.onboarding.resetToDefaults();
	}

	@Test
	void showsTheBuiltInStepsUntilTheOwnerEditsThem() {
		assertThat(this.onboarding.usesDefaultSteps()).isTrue();
		assertThat(this.onboarding.steps()).hasSize(Onboarding.DEFAULT_STEPS)
			.first()
			.satisfies((step) -> assertThat(step.title()).isEqualTo("Welcome!"));
		assertThat(this.onboarding.steps().get(1).html()).contains("href=\"https://apps.apple.com/");
	}

	@Test
	void theFirstEditKeepsTheBuiltInStepsAndChangesOnlyThatOne() {
		this.onboarding.updateStep(0, "Hello friend", "Glad you are here.");

		assertThat(this.onboarding.usesDefaultSteps()).isFalse();
		assertThat(this.onboarding.steps()).hasSize(Onboarding.DEFAULT_STEPS)
			.first()
			.satisfies((step) -> assertThat(step.html()).isEqualTo("<p>Glad you are here.</p>\n"));
	}

	@Test
	void addsRemovesAndReordersSteps() {
		this.onboarding.addStep("Last", "the end");
		this.onboarding.removeStep(0);
		this.onboarding.moveStep(Onboarding.DEFAULT_STEPS - 1, -1);

		assertThat(this.onboarding.steps()).extracting(OnboardingStep::title)
			.containsExactly("Get the Plex app", "Find the server in the app", "Last", "House rules");
	}

	@Test
	void anEmptyGuideStaysEmptyOnceEdited() {
		for (int i = 0; i < Onboarding.DEFAULT_STEPS; i++) {
			this.onboarding.removeStep(0);
		}

		assertThat(this.onboarding.steps()).isEmpty();
		assertThat(this.onboarding.usesDefaultSteps()).isFalse();
	}

	@Test
	void movingPastTheEndChangesNothing() {
		this.onboarding.moveStep(0, -1);

		assertThat(this.onboarding.steps().get(0).title()).isEqualTo("Welcome!");
	}

	@Test
	void refusesAStepWithoutTitleOrAtAPositionThatDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.onboarding.addStep(" ", "body"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.onboarding.removeStep(99));
	}

	@Test
	void keepsTheRulesAndFallsBackToTheBuiltInText() {
		boolean offAtFirst = this.onboarding.rules().enabled();
		this.onboarding.saveRules(true, "Be <b>nice</b>");
		PreJoinRules own = this.onboarding.rules();
		this.onboarding.saveRules(true, "");

		assertThat(offAtFirst).isFalse();
		assertThat(own.enabled()).isTrue();
		assertThat(own.html()).contains("Be &lt;b&gt;nice&lt;/b&gt;");
		assertThat(this.onboarding.rules().markdown()).contains("don’t share my access");
	}

	@Test
	void resetBringsTheBuiltInGuideBackWithRulesOff() {
		this.onboarding.addStep("Extra", "");
		this.onboarding.saveRules(true, "rules");

		this.onboarding.resetToDefaults();

		assertThat(this.onboarding.usesDefaultSteps()).isTrue();
		assertThat(this.onboarding.steps()).hasSize(Onboarding.DEFAULT_STEPS);
		assertThat(this.onboarding.rules().enabled()).isFalse();
	}

}
