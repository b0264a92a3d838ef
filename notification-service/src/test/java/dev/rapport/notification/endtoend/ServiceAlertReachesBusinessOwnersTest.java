package dev.rapport.notification.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.events.engagement.EngagementAlert;
import dev.rapport.events.people.PersonSnapshot;
import dev.rapport.events.people.TeamRef;
import dev.rapport.events.ticket.Stakeholder;
import dev.rapport.events.ticket.TicketOpened;
import dev.rapport.local.CloudEventWriter;
import dev.rapport.local.MailCatcher;
import dev.rapport.local.RapportTestResource;
import dev.rapport.local.testing.TestEventWriters;
import dev.rapport.local.testing.TestTickets;
import dev.rapport.notification.DeliveryTestProfile;
import dev.rapport.notification.MailCatcherResource;
import dev.rapport.notification.domain.Audience;
import dev.rapport.notification.domain.Delivery;
import dev.rapport.notification.pipeline.Pipeline;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A service-level engagement alert the whole way, over the real broker and SMTP: the business
 * owners named on the service's newest ticket (an older ticket's owner is not one) get it by e-mail
 * and in their inbox, in plain words and their language; a team's alert reaches its leads only,
 * never the business owner.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@WithTestResource(
    value = RapportTestResource.class,
    initArgs = @ResourceArg(name = "service", value = "notification-service"))
class ServiceAlertReachesBusinessOwnersTest {
  @Inject ObjectMapper json;

  @Test
  void theServicesBusinessOwnersHearItsAlertAndATeamAlertStaysWithTheLeads() {
    MailCatcher mail = MailCatcherResource.mail();
    UUID teamId = UUID.randomUUID();
    TeamRef network = new TeamRef(teamId, "Network");
    UUID service = UUID.randomUUID();
    String payroll = "Payroll " + service.toString().substring(0, 6);
    String bob = Pipeline.unique("bob");
    String berthe = Pipeline.unique("berthe");
    String olga = Pipeline.unique("olga");
    String lena = Pipeline.unique("lena");
    String rita = Pipeline.unique("rita");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (Pipeline p = new Pipeline(json);
        CloudEventWriter engagement = TestEventWriters.engagement(json)) {
      p.person(bob, "Bob Owner", "en-GB", "Europe/London");
      p.person(berthe, "Berthe Martin", "fr-FR", "Europe/Paris");
      p.person(olga, "Olga", "en-GB", "Europe/London");
      p.person(rita, "Rita", "en-GB", "Europe/London");
      p.person(lena, "Lena", "en-GB", "Europe/London", List.of(PersonSnapshot.LEAD), network);

      // The newest ticket of the service names Bob and Berthe; an older one, read after it, Olga.
      // Rita, for whom the service desk raised them, hears of each: then it has been read.
      String newest = p.publish(opened(service, payroll, now, rita, bob, berthe));
      String older = p.publish(opened(service, payroll, now.minusSeconds(3600), rita, olga));
      Pipeline.awaitFor(newest, rita);
      Pipeline.awaitFor(older, rita);

      String alert =
          engagement.publish(
              new EngagementAlert(
                  UUID.randomUUID(),
                  "SERVICE",
                  null,
                  service,
                  payroll,
                  "csat",
                  4.0,
                  3.2,
                  "P14D",
                  "Customers of the "
                      + payroll
                      + " service rated it 3.2 on average over the 14 days to 2026-11-30,"
                      + " below 4.0.",
                  now));

      MailCatcher.Mail toBob = mail.awaitTo(bob, 1).get(0);
      assertThat(toBob.subject())
          .isEqualTo(payroll + ": customers rated it 3.2/5 over the last 14 days");
      assertThat(toBob.text())
          .contains(
              "Customers of "
                  + payroll
                  + " rated it 3.2 out of 5 on average over the last 14 days, below the alert"
                  + " level of 4.")
          .contains("You are told as a business owner of " + payroll + ".")
          .doesNotContain("threshold");
      MailCatcher.Mail toBerthe = mail.awaitTo(berthe, 1).get(0);
      assertThat(toBerthe.subject())
          .isEqualTo(payroll + " : note des clients de 3,2/5 sur les 14 derniers jours");
      assertThat(toBerthe.text())
          .contains(
              "Les clients de "
                  + payroll
                  + " lui ont donné en moyenne 3,2 sur 5 sur les 14 derniers jours, sous le seuil"
                  + " d'alerte de 4.");
      List<Delivery> made = Pipeline.await(alert, ds -> ds.size() >= 4);
      assertThat(made).extracting(d -> d.recipient).containsOnly(bob, berthe);
      assertThat(made).extracting(d -> d.audience).containsOnly(Audience.BUSINESS_OWNER);
      assertThat(Pipeline.inbox(bob).getList("items.subject", String.class))
          .contains(payroll + ": customers rated it 3.2/5 over the last 14 days");

      // The team's own alert: its lead hears it, the business owner does not.
      String teamAlert =
          engagement.publish(
              new EngagementAlert(
                  UUID.randomUUID(),
                  "TEAM",
                  teamId.toString(),
                  null,
                  null,
                  "cadence-adherence",
                  90.0,
                  80.0,
                  "P7D",
                  "The Network team's update cadence adherence over the 7 days was 80.0%.",
                  now));
      mail.awaitTo(lena, 1);
      assertThat(Pipeline.await(teamAlert, ds -> ds.size() >= 2))
          .extracting(d -> d.recipient)
          .containsOnly(lena);
      assertThat(mail.messagesTo(bob)).hasSize(1);
      assertThat(mail.messagesTo(olga)).isEmpty();
    }
  }

  /** A P3 ticket of the service, raised at {@code createdAt}, naming these business owners. */
  private static TicketOpened opened(
      UUID service, String name, Instant createdAt, String requester, String... owners) {
    UUID id = UUID.randomUUID();
    return new TicketOpened(
        TestTickets.ticket(id, "T-" + id.toString().substring(0, 6))
            .businessService(service, name)
            .requester(requester)
            .stakeholders(
                Arrays.stream(owners).map(o -> new Stakeholder(o, "BUSINESS_OWNER")).toList())
            .createdAt(createdAt)
            .updatedAt(createdAt)
            .summary(),
        "service-desk@example.com",
        "Payslips do not open");
  }
}
