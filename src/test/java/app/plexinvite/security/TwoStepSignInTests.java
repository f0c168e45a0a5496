package app.plexinvite.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Two-step sign-in through the web: enrolment on the account page, then the password
 * alone no longer opens the dashboard; a TOTP code (once) or a recovery code (once) does.
 */
@AppTest
@AutoConfigureMockMvc
@Import(TwoStepFixture.class)
class TwoStepSignInTests {

	@Autowired
	AuditLog audit;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private TotpSecret secret;

	private List<String> recoveryCodes;

	@BeforeEach
	void enrol() {
		this.jdbc.sql("DELETE FROM owner_recovery_code").update();
		this.jdbc.sql("DELETE FROM owner_totp").update();
		this.clock.advance(Duration.ofMinutes(20));
		MockHttpSession session = new MockHttpSession();
		assertThat(owner(this.mvc.post().uri("/admin/account/totp/start").session(session)))
			.hasRedirectedUrl("/admin/account/totp");
		MvcTestResult page = owner(this.mvc.get().uri("/admin/account/totp").session(session));
		this.secret = (TotpSecret) session.getAttribute(TotpController.class.getName() + ".secret");
		assertThat(page).hasStatusOk().bodyText().contains("<svg", this.secret.grouped());
		assertThat(owner(this.mvc.post().uri("/admin/account/totp").session(session).param("code", "000000")))
			.hasStatus(422);
		MvcTestResult confirmed = owner(
				this.mvc.post().uri("/admin/account/totp").session(session).param("code", codeAt(0)));
		assertThat(confirmed).hasRedirectedUrl("/admin/account/recovery-codes");
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) confirmed.getMvcResult().getFlashMap().get("recoveryCodes");
		this.recoveryCodes = codes;
		assertThat(this.recoveryCodes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("SELECT code_hash FROM owner_recovery_code").query(String.class).list())
			.allMatch((hash) -> hash.startsWith("$argon2id$"))
			.noneMatch((hash) -> this.recoveryCodes.stream().anyMatch(hash::contains));
	}

	private MvcTestResult owner(MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(user(AppTest.OWNER).roles("ADMIN")).with(csrf()).exchange();
	}

	private String codeAt(int stepsFromNow) {
		return Totp.code(this.secret.key(), Totp.stepAt(this.clock.instant()) + stepsFromNow, Totp.DIGITS, "HmacSHA1");
	}

	private MockHttpSession passwordStep(String client) {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.session(session)
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.exchange()).hasRedirectedUrl("/admin/login/code");
		return session;
	}

	private MvcTestResult code(MockHttpSession session, String client, String code) {
		return this.mvc.post()
			.uri("/admin/login/code")
			.session(session)
			.param("code", code)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.exchange();
	}

	@Test
	void theAuditLogSaysSignedInOnlyOnceTheCodeIsRightAndNamesAWrongCode() {
		int signedIn = count(AuditAction.SIGNED_IN);
		int failed = count(AuditAction.SIGN_IN_FAILED);
		MockHttpSession session = passwordStep("10.0.0.9");
		assertThat(count(AuditAction.SIGNED_IN)).as("after the password alone").isEqualTo(signedIn);

		code(session, "10.0.0.9", "000000");
		this.clock.advance(Duration.ofSeconds(30));
		code(session, "10.0.0.9", codeAt(0));

		assertThat(count(AuditAction.SIGNED_IN)).isEqualTo(signedIn + 1);
		assertThat(count(AuditAction.SIGN_IN_FAILED)).isEqualTo(failed + 1);
		assertThat(this.audit.find(new AuditQuery(AuditAction.SIGN_IN_FAILED, null, null, null, null, null, 1))
			.entries()
			.get(0)
			.event()
			.outcome()
			.reason()).isEqualTo("wrong sign-in code");
		assertThat(count(AuditAction.TWO_STEP_ENABLED)).as("the enrolment").isPositive();
	}

	private int count(AuditAction action) {
		return this.audit.find(new AuditQuery(action, null, null, null, null, null, 100)).entries().size();
	}

	@Test
	void thePasswordAloneDoesNotOpenTheDashboardButTheCodeDoesOnce() {
		MockHttpSession session = passwordStep("10.0.0.1");
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/login/code").session(session)).hasStatusOk();

		assertThat(code(session, "10.0.0.1", "123456")).hasRedirectedUrl("/admin/login/code?error");
		this.clock.advance(Duration.ofSeconds(30));
		String code = codeAt(0);
		assertThat(code(session, "10.0.0.1", code)).hasRedirectedUrl("/admin");
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk();

		MockHttpSession again = passwordStep("10.0.0.1");
		assertThat(code(again, "10.0.0.1", code)).as("a used code").hasRedirectedUrl("/admin/login/code?error");
	}

	@Test
	void theEnrolmentCodeCannotSignInAgain() {
		MockHttpSession session = passwordStep("10.0.0.2");
		assertThat(code(session, "10.0.0.2", codeAt(0))).hasRedirectedUrl("/admin/login/code?error");
	}

	@Test
	void aRecoveryCodeSignsInOnce() {
		String recovery = this.recoveryCodes.get(3);
		MockHttpSession session = passwordStep("10.0.0.3");
		assertThat(code(session, "10.0.0.3", recovery.toUpperCase())).hasRedirectedUrl("/admin");
		MockHttpSession again = passwordStep("10.0.0.3");
		assertThat(code(again, "10.0.0.3", recovery)).hasRedirectedUrl("/admin/login/code?error");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM owner_recovery_code WHERE used_at IS NULL")
			.query(Integer.class)
			.single()).isEqualTo(SecondFactors.RECOVERY_CODES - 1);
	}

	@Test
	void wrongCodesLockTheClientOutLikeWrongPasswords() {
		MockHttpSession session = passwordStep("10.0.0.4");
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(code(session, "10.0.0.4", "000000")).hasRedirectedUrl("/admin/login/code?error");
		}
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(code(session, "10.0.0.4", codeAt(0))).hasRedirectedUrl("/admin/login/code?locked");
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatus(403);
	}

	@Test
	void signingInAgainWithThePasswordBuysNoMoreCodeGuesses() {
		for (int i = 0; i < LoginThrottle.SECOND_FACTOR_FAILURES; i++) {
			String client = "10.0.1." + (i / 2);
			MockHttpSession session = passwordStep(client);
			assertThat(code(session, client, "000000")).hasRedirectedUrl("/admin/login/code?error");
		}
		this.clock.advance(Duration.ofSeconds(30));

		MockHttpSession last = passwordStep("10.0.2.1");
		assertThat(code(last, "10.0.2.1", codeAt(0))).hasRedirectedUrl("/admin/login/code?locked");
		assertThat(this.mvc.get().uri("/admin").session(last)).hasStatus(403);
	}

	@Test
	void aSecondEnrolmentIsRefusedWhileItIsOn() {
		String before = this.jdbc.sql("SELECT secret_ciphertext FROM owner_totp").query(String.class).single();
		MockHttpSession session = new MockHttpSession();

		assertThat(owner(this.mvc.post().uri("/admin/account/totp/start").session(session)))
			.hasRedirectedUrl("/admin/account");
		assertThat(owner(this.mvc.post().uri("/admin/account/totp").session(session).param("code", codeAt(0))))
			.hasRedirectedUrl("/admin/account");
		assertThat(this.jdbc.sql("SELECT secret_ciphertext FROM owner_totp").query(String.class).single())
			.isEqualTo(before);
	}

	@Test
	void turningItOffNeedsACodeAndThenThePasswordIsEnough() {
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(owner(this.mvc.post().uri("/admin/account/totp/disable").param("code", "999999")))
			.hasRedirectedUrl("/admin/account");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM owner_totp").query(Integer.class).single()).isOne();
		assertThat(owner(this.mvc.post().uri("/admin/account/totp/disable").param("code", codeAt(0))))
			.hasRedirectedUrl("/admin/account");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM owner_totp").query(Integer.class).single()).isZero();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())
			.exchange()).hasRedirectedUrl("/admin");
	}

}
