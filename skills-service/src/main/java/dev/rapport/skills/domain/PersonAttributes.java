package dev.rapport.skills.domain;

import java.util.UUID;

/**
 * Everything provisioning says about a person, as a whole: a SCIM POST or PUT body, or the result
 * of applying a PATCH to the current state. Blank strings are already null.
 *
 * @param email the primary (or first) e-mail address of {@code scimAttributes}' emails
 * @param chatHandle the primary (or first) chat handle of {@code scimAttributes}' ims
 * @param managerId the manager's person id (enterprise extension), or null
 * @param scimAttributes the SCIM attributes without a column of their own, as a JSON object text
 *     (emails, ims, phoneNumbers, addresses, the other name parts ...), kept to be given back
 */
public record PersonAttributes(
    String userName,
    String externalId,
    String displayName,
    String givenName,
    String familyName,
    String formattedName,
    String email,
    String chatHandle,
    String title,
    String locale,
    String timezone,
    String department,
    String employeeNumber,
    UUID managerId,
    boolean active,
    String scimAttributes) {}
