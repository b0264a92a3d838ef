package dev.rapport.engagement.api;

import dev.rapport.engagement.domain.survey.LinkRefused;
import dev.rapport.engagement.domain.survey.Survey;
import dev.rapport.engagement.domain.survey.SurveyAnswers;
import dev.rapport.engagement.domain.survey.SurveyLinkVisits;
import dev.rapport.support.openapi.ProblemResponsesFilter;
import dev.rapport.support.problem.ProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one-click survey page: the links of a survey message lead here. No login: the signed token in
 * the path is the credential (see {@link dev.rapport.engagement.domain.survey.SurveyLinks}). HTML
 * in the reader's language (English or French, by Accept-Language); a refused link is a 404 or 410
 * page, or application/problem+json for a client that asks for JSON.
 */
@Path("/s")
@APIResponse(
    responseCode = "404",
    description = "Not a link of ours (forged, tampered or malformed)",
    content = {
      @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = ProblemResponsesFilter.PROBLEM_JSON, schema = @Schema(ref = "Problem"))
    })
@APIResponse(
    responseCode = "410",
    description =
        "The survey takes no answer any more: expired, withdrawn (ticket reopened) or final (edit"
            + " window passed)",
    content = {
      @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = ProblemResponsesFilter.PROBLEM_JSON, schema = @Schema(ref = "Problem"))
    })
@Tag(name = "Survey links", description = "The one-click links of satisfaction survey messages")
@PermitAll
public class SurveyPageResource {
  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  private final SurveyLinkVisits visits;
  private final SurveyAnswers answers;
  private final Template page;
  private final Template refused;

  SurveyPageResource(
      SurveyLinkVisits visits,
      SurveyAnswers answers,
      @Location("survey/page") Template page,
      @Location("survey/refused") Template refused) {
    this.visits = visits;
    this.answers = answers;
    this.page = page;
    this.refused = refused;
  }

  @GET
  @Path("/{token}")
  @Transactional
  @Operation(
      summary = "Open a survey link",
      description =
          "A rating link of an unanswered survey records its rating at once (one click; emits"
              + " rapport.survey.answered.v1) and shows the page to add a comment or change the"
              + " rating. Opening a link never changes an answer already given (mail scanners"
              + " open every link of a message): only the page's form does.")
  @APIResponse(
      responseCode = "200",
      description = "The survey page",
      content =
          @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
  public Response open(
      @Parameter(description = "The signed token of the link, as in the message")
          @PathParam("token")
          String token,
      @Context HttpHeaders headers) {
    try {
      SurveyLinkVisits.Visit visit = visits.open(token);
      return show(
          visit.recordedNow() ? "RECORDED" : "OPEN", visit.survey(), visit.linkRating(), headers);
    } catch (LinkRefused e) {
      return refuse(e, headers);
    }
  }

  /** How many mail scanners probe a link: it checks the link and records nothing. */
  @HEAD
  @Path("/{token}")
  @Operation(hidden = true)
  public Response probe(@PathParam("token") String token) {
    try {
      visits.survey(token);
      return Response.ok().type(HTML).header("Cache-Control", "no-store").build();
    } catch (LinkRefused e) {
      return Response.status(status(e.reason())).type(HTML).build();
    }
  }

  @POST
  @Path("/{token}")
  @Transactional
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Send the survey page's form",
      description =
          "action=answer with rating (1 to 5) and an optional comment: the answer, or a change"
              + " of it within the edit window (emits rapport.survey.answered.v1, revised=true"
              + " for a change). action=opt-out: the requester is not asked again.")
  @APIResponse(
      responseCode = "200",
      description = "The survey page, showing what was saved",
      content =
          @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = "No rating 1 to 5, or a comment over 2000 characters: the page says so",
      content = {
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = ProblemResponsesFilter.PROBLEM_JSON, schema = @Schema(ref = "Problem"))
      })
  @RequestBody(
      required = false,
      description = "The page's form: action, rating and comment (a form without them is a 400)")
  public Response submit(
      @Parameter(description = "The signed token of the link, as in the message")
          @PathParam("token")
          String token,
      @Parameter(description = "answer (the default) or opt-out") @FormParam("action")
          String action,
      @Parameter(description = "1 to 5") @FormParam("rating") String rating,
      @Parameter(description = "At most 2000 characters") @FormParam("comment") String comment,
      @Context HttpHeaders headers) {
    try {
      if ("opt-out".equals(action)) {
        return show("OPTED_OUT", visits.optOut(token), null, headers);
      }
      Integer stars = parseRating(rating);
      if (stars == null || (comment != null && comment.length() > SurveyAnswers.MAX_COMMENT)) {
        return invalid(token, rating, comment, headers);
      }
      return show("SAVED", visits.submit(token, stars, comment), null, headers);
    } catch (LinkRefused e) {
      return refuse(e, headers);
    }
  }

  private Response invalid(String token, String rating, String comment, HttpHeaders headers) {
    String detail =
        parseRating(rating) == null
            ? "rating must be a whole number from 1 to 5"
            : "comment must be at most " + SurveyAnswers.MAX_COMMENT + " characters";
    if (wantsJson(headers)) {
      throw ProblemException.badRequest("invalid-answer", detail);
    }
    Survey survey = visits.survey(token);
    return Response.status(400)
        .type(HTML)
        .entity(
            render(
                page,
                SurveyPage.of("INVALID", survey, null, answers.editableUntil(survey)),
                headers))
        .build();
  }

  private Response show(String state, Survey survey, Integer preselect, HttpHeaders headers) {
    return Response.ok(
            render(
                page,
                SurveyPage.of(state, survey, preselect, answers.editableUntil(survey)),
                headers),
            HTML)
        .header("Cache-Control", "no-store")
        .build();
  }

  private Response refuse(LinkRefused e, HttpHeaders headers) {
    int status = status(e.reason());
    if (wantsJson(headers)) {
      throw new ProblemException(
          status,
          e.reason() == LinkRefused.Reason.NOT_OURS ? "not-found" : "survey-link-closed",
          status == 404 ? "Not found" : "Gone",
          detail(e.reason()),
          Map.of("reason", e.reason().name()));
    }
    return Response.status(status)
        .type(HTML)
        .header("Cache-Control", "no-store")
        .entity(render(refused, Map.of("reason", e.reason().name()), headers))
        .build();
  }

  private static int status(LinkRefused.Reason reason) {
    return reason == LinkRefused.Reason.NOT_OURS ? 404 : 410;
  }

  private static String detail(LinkRefused.Reason reason) {
    return switch (reason) {
      case NOT_OURS -> "This is not a survey link of ours: use the link exactly as it was sent";
      case EXPIRED -> "This survey has expired";
      case CANCELLED -> "This survey was withdrawn: its ticket was reopened";
      case FINAL -> "The answer is final: the time to change it has passed";
    };
  }

  private static String render(Template template, Object view, HttpHeaders headers) {
    Locale locale = language(headers);
    return template.data("v", view).data("lang", locale.getLanguage()).setLocale(locale).render();
  }

  /** French when the reader prefers it to English; English otherwise. */
  static Locale language(HttpHeaders headers) {
    for (Locale locale : headers.getAcceptableLanguages()) {
      String lang = locale.getLanguage();
      if (lang.equals("fr")) {
        return Locale.FRENCH;
      }
      if (lang.equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  /** Whether the client prefers JSON to HTML (a browser or mail scanner asks for text/html). */
  static boolean wantsJson(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || type.getSubtype().equals("html")) {
        return false;
      }
      if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
        return true;
      }
    }
    return false;
  }

  private static Integer parseRating(String rating) {
    if (rating == null) {
      return null;
    }
    return switch (rating.strip()) {
      case "1" -> 1;
      case "2" -> 2;
      case "3" -> 3;
      case "4" -> 4;
      case "5" -> 5;
      default -> null;
    };
  }
}
