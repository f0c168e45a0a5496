package app.plexinvite.invite;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import app.plexinvite.plex.PlexClient;

/**
 * The public request form: GET shows it, POST stores the request (with the language the
 * page was shown in, resolved from Accept-Language), hands its send to the pipeline
 * without waiting for plex.tv, and redirects to the request's status page, which
 * refreshes itself until the outcome is there.
 */
@Controller
class RequestFormController {

	private static final Logger log = LoggerFactory.getLogger(RequestFormController.class);

	private final RequestSubmissions submissions;

	private final InvitePipeline pipeline;

	private final OwnerSettings settings;

	private final PlexClient plex;

	private final Duration submitWait;

	RequestFormController(RequestSubmissions submissions, InvitePipeline pipeline, OwnerSettings settings,
			PlexClient plex, InviteProperties properties) {
		this.submissions = submissions;
		this.pipeline = pipeline;
		this.settings = settings;
		this.plex = plex;
		this.submitWait = properties.submitWait();
	}

	/**
	 * The form is a record: bind it through its constructor only, so forged names such as
	 * {@code code[0]} or {@code class.x} are ignored instead of failing with a 500.
	 */
	@InitBinder("form")
	void bindThroughTheConstructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/")
	String form(Model model) {
		model.addAttribute("form", RequestForm.empty());
		return show(model);
	}

	@PostMapping("/")
	String submit(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model,
			HttpServletResponse response, Locale locale) {
		if (!result.hasErrors()) {
			RequestSubmissions.Submission submission = this.submissions.submit(form, locale);
			if (submission.stored() != null) {
				handOff(submission.stored().id());
				return "redirect:/requests/" + submission.stored().statusToken();
			}
			result.rejectValue(submission.field(), submission.messageKey());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("serverName", this.plex.serverName());
		model.addAttribute("codeRequired", this.settings.inviteCode().required());
		return "invite/form";
	}

	/**
	 * Takes a free send slot or leaves the request QUEUED for the pipeline; never blocks
	 * unless invite.submit-wait (default 0) asks to wait that long for the outcome.
	 */
	private void handOff(long id) {
		Optional<Future<?>> sending = this.pipeline.sendSoon(id);
		if (sending.isEmpty() || !this.submitWait.isPositive()) {
			return;
		}
		try {
			sending.get().get(this.submitWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.debug("Plex did not answer request {} within {}; the worker carries on", id, this.submitWait);
		}
		catch (ExecutionException ex) {
			log.warn("Sending request {} right away failed; the worker tries again", id, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
