package dev.rapport.engagement.api;

import static dev.rapport.support.security.Roles.ADMIN;
import static dev.rapport.support.security.Roles.AGENT;
import static dev.rapport.support.security.Roles.INTEGRATION;
import static dev.rapport.support.security.Roles.LEAD;
import static dev.rapport.support.security.Roles.REQUESTER;

import dev.rapport.engagement.domain.survey.Survey;
import dev.rapport.engagement.domain.survey.SurveyAnswers;
import dev.rapport.engagement.domain.survey.SurveyOptOuts;
import dev.rapport.engagement.domain.survey.SurveySearch;
import dev.rapport.engagement.domain.survey.SurveyStatus;
import dev.rapport.support.api.Page;
import dev.rapport.support.api.PageRequest;
import dev.rapport.support.api.QueryParams;
import dev.rapport.support.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own satisfaction surveys: list them, answer one, and choose not to be asked. Any
 * role may call; everyone sees and answers only the surveys of tickets they raised.
 */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Satisfaction surveys", description = "How satisfied requesters are after resolution")
@SecurityRequirement(name = "jwt")
@RolesAllowed({REQUESTER, AGENT, LEAD, ADMIN, INTEGRATION})
public class SurveyResource {
  private final SurveySearch search;
  private final SurveyAnswers answers;
  private final SurveyOptOuts optOuts;
  private final CurrentCaller caller;

  SurveyResource(
      SurveySearch search, SurveyAnswers answers, SurveyOptOuts optOuts, CurrentCaller caller) {
    this.search = search;
    this.answers = answers;
    this.optOuts = optOuts;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "List my surveys",
      description =
          "The caller's own surveys, newest first, paginated by cursor (pass nextCursor as"
              + " 'after'). Without status: every survey they were asked; SKIPPED (resolutions"
              + " that asked nothing, with why) only when named.")
  @APIResponse(responseCode = "200", description = "A page of surveys")
  public Page<SurveyResponse> list(
      @Parameter(
              description =
                  "Statuses, comma-separated or repeated: PENDING, ANSWERED, CANCELLED, EXPIRED,"
                      + " SKIPPED")
          @QueryParam("status")
          List<String> status,
      @Valid @BeanParam PageRequest page) {
    return search
        .mine(
            caller.get(),
            QueryParams.enums(SurveyStatus.class, "status", status),
            page.after,
            page.limit)
        .map(this::response);
  }

  @POST
  @Path("/{id}/answer")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answer my survey (or change my answer)",
      description =
          "Only the survey's requester (anyone else: 404). A pending survey takes one answer"
              + " until it expires; the answer may be changed for"
              + " rapport.engagement.csat.edit-window (24 h) after it was first given, then it is"
              + " final. Emits rapport.survey.answered.v1 (revised=true for a change; an"
              + " unchanged answer emits nothing).")
  @APIResponse(responseCode = "200", description = "The survey with its answer")
  @APIResponse(
      responseCode = "409",
      description =
          "survey-closed: withdrawn (ticket reopened), expired or final; reason says which")
  public SurveyResponse answer(
      @Parameter(description = "The survey id, as in rapport.survey.requested.v1") @PathParam("id")
          String id,
      @Valid @NotNull SurveyAnswerRequest request) {
    Survey survey =
        answers.answerOwn(
            QueryParams.uuid("id", id), caller.get(), request.rating(), request.comment());
    return response(survey);
  }

  @GET
  @Path("/preferences")
  @Operation(summary = "Whether I am asked for satisfaction surveys")
  @APIResponse(responseCode = "200", description = "The caller's choice")
  public SurveyPreferencesResponse preferences() {
    return SurveyPreferencesResponse.of(optOuts.of(caller.get().userName()));
  }

  @PUT
  @Path("/preferences")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Opt out of (or back into) satisfaction surveys",
      description =
          "optedOut true: later resolutions of the caller's tickets ask nothing (recorded as"
              + " SKIPPED, OPTED_OUT). Surveys already sent stay answerable.")
  @APIResponse(responseCode = "200", description = "The caller's choice, as stored")
  public SurveyPreferencesResponse choose(@Valid @NotNull SurveyPreferencesRequest request) {
    return SurveyPreferencesResponse.of(
        optOuts.choose(caller.get().userName(), request.optedOut()));
  }

  private SurveyResponse response(Survey survey) {
    return SurveyResponse.of(survey, answers.editableUntil(survey));
  }
}
