package dev.rapport.skills.scim;

/**
 * Example SCIM bodies for the OpenAPI document, shaped as Okta and Entra ID send them (Okta's SCIM
 * 2.0 provisioning guide, Entra ID's SCIM validator requests). Constants, for annotations.
 */
final class ScimExamples {
  static final String OKTA_USER =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "sam@example.com",
        "name": {"givenName": "Sam", "familyName": "Okafor"},
        "emails": [{"primary": true, "value": "sam@example.com", "type": "work"}],
        "displayName": "Sam Okafor",
        "locale": "en-US",
        "externalId": "00u1ab2cd3EfGh4iJ5d7",
        "groups": [],
        "password": "1mz050nq",
        "active": true
      }
      """;

  static final String ENTRA_USER =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "externalId": "5d48a0a8-e3a0-4b3f-8e5e-7b0c2d1f6a90",
        "userName": "kim@example.com",
        "active": true,
        "displayName": "Kim Park",
        "title": "Network engineer",
        "emails": [{"primary": true, "type": "work", "value": "kim@example.com"}],
        "ims": [{"type": "teams", "value": "@kim", "primary": "True"}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "Kim Park", "familyName": "Park", "givenName": "Kim"},
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "1906",
          "department": "IT Infrastructure",
          "manager": {"value": "2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20"}
        }
      }
      """;

  static final String USER =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": "7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13",
        "externalId": "00u1ab2cd3EfGh4iJ5d7",
        "userName": "kim@example.com",
        "name": {"formatted": "Kim Park", "familyName": "Park", "givenName": "Kim"},
        "displayName": "Kim Park",
        "title": "Network engineer",
        "active": true,
        "emails": [{"primary": true, "type": "work", "value": "kim@example.com"}],
        "groups": [{
          "value": "9a3d2b1c-5e4f-4a6b-8c7d-0e1f2a3b4c5d",
          "$ref": "https://rapport.example.com/scim/v2/Groups/9a3d2b1c-5e4f-4a6b-8c7d-0e1f2a3b4c5d",
          "display": "Network operations",
          "type": "direct"
        }],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
          "employeeNumber": "1906",
          "department": "IT Infrastructure",
          "manager": {
            "value": "2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20",
            "$ref": "https://rapport.example.com/scim/v2/Users/2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20",
            "displayName": "Lee Chen"
          }
        },
        "meta": {
          "resourceType": "User",
          "created": "2026-03-02T09:15:00Z",
          "lastModified": "2026-03-02T09:15:00Z",
          "location": "https://rapport.example.com/scim/v2/Users/7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13",
          "version": "W/\\"1\\""
        }
      }
      """;

  static final String OKTA_USER_PATCH =
      """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"active": false}}]
      }
      """;

  static final String ENTRA_USER_PATCH =
      """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
          {"op": "Replace", "path": "active", "value": "False"},
          {"op": "Replace", "path": "emails[type eq \\"work\\"].value", "value": "kim.park@example.com"},
          {"op": "Add",
           "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
           "value": "Platform"},
          {"op": "Remove", "path": "title"}
        ]
      }
      """;

  static final String OKTA_GROUP =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "displayName": "Network operations",
        "members": [{"value": "7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13", "display": "kim@example.com"}]
      }
      """;

  static final String ENTRA_GROUP =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
        "displayName": "Service Desk",
        "members": []
      }
      """;

  static final String GROUP =
      """
      {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "id": "9a3d2b1c-5e4f-4a6b-8c7d-0e1f2a3b4c5d",
        "displayName": "Network operations",
        "members": [{
          "value": "7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13",
          "$ref": "https://rapport.example.com/scim/v2/Users/7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13",
          "display": "Kim Park",
          "type": "User"
        }],
        "meta": {
          "resourceType": "Group",
          "created": "2026-03-02T09:20:00Z",
          "lastModified": "2026-03-02T09:20:00Z",
          "location": "https://rapport.example.com/scim/v2/Groups/9a3d2b1c-5e4f-4a6b-8c7d-0e1f2a3b4c5d",
          "version": "W/\\"2\\""
        }
      }
      """;

  static final String OKTA_GROUP_PATCH =
      """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
          {"op": "remove", "path": "members[value eq \\"7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13\\"]"},
          {"op": "add", "path": "members",
           "value": [{"value": "2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20", "display": "lee@example.com"}]}
        ]
      }
      """;

  static final String ENTRA_GROUP_PATCH =
      """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [
          {"op": "Remove", "path": "members",
           "value": [{"value": "7c0e4f3a-2d5b-4b8e-9c61-0a2f4d8e6b13"}]},
          {"op": "Replace", "path": "displayName", "value": "Network and storage"}
        ]
      }
      """;

  static final String USER_LIST =
      """
      {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": 0,
        "itemsPerPage": 0,
        "startIndex": 1,
        "Resources": []
      }
      """;

  private ScimExamples() {}
}
