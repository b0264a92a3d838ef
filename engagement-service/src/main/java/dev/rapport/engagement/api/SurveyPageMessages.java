package dev.rapport.engagement.api;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the one-click survey page ({@code templates/survey/*.html}), in English; French in
 * {@code messages/survey_fr.properties}. Plain words: the reader is whoever raised the ticket.
 */
@MessageBundle(value = "survey", locale = "en")
public interface SurveyPageMessages {
  @Message("How did we do?")
  String title();

  @Message("Your request {key} \"{title}\" was resolved.")
  String about(String key, String title);

  @Message("How satisfied are you with how it was handled?")
  String question();

  @Message("Thank you! We recorded your rating: {rating} out of 5.")
  String recorded(int rating);

  @Message("Your rating: {rating} out of 5.")
  String current(int rating);

  @Message("Thank you, your answer is saved.")
  String saved();

  @Message("You can change it until {until}.")
  String editableUntil(String until);

  @Message(
      "{#when rating}{#is 1}Very dissatisfied{#is 2}Dissatisfied{#is 3}Neither satisfied nor"
          + " dissatisfied{#is 4}Satisfied{#else}Very satisfied{/when}")
  String label(int rating);

  @Message("Anything you would like to tell us? (optional)")
  String commentLabel();

  @Message("Send my answer")
  String send();

  @Message("Change my rating")
  String change();

  @Message("Don't ask me for surveys again")
  String optOut();

  @Message("We will not ask you for surveys again.")
  String optedOut();

  @Message("Please choose a rating from 1 to 5.")
  String chooseRating();

  @Message("This link does not work")
  String refusedTitle();

  @Message("This link is not valid. Please open it exactly as it is in the message we sent you.")
  String notOurs();

  @Message("This survey has expired. Thank you all the same.")
  String expired();

  @Message(
      "This survey was withdrawn because your request was reopened. We will ask you again once"
          + " it is resolved.")
  String cancelled();

  @Message("Your answer is final and can no longer be changed. Thank you!")
  String answerFinal();
}
