"""The OpenAPI schema tells the truth: generated without a guess, it documents what the API answers."""

import json

import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def schema(tmp_path_factory):
    out = tmp_path_factory.mktemp("schema") / "schema.json"
    # --fail-on-warn: a serializer method without a type, a view without a response schema or a queryset
    # the generator cannot read is an error here, not a guess in the published schema
    call_command("spectacular", "--fail-on-warn", "--format", "openapi-json", "--file", str(out))
    return json.loads(out.read_text())


def component(schema, name):
    return schema["components"]["schemas"][name]


def test_the_schema_is_generated_without_warnings(schema):
    assert schema["paths"]


def test_overdue_is_a_boolean_and_a_decision_session_may_be_null(schema):
    assert component(schema, "Commitment")["properties"]["overdue"]["type"] == "boolean"
    session = component(schema, "Decision")["properties"]["session"]
    assert session.get("nullable") is True


def test_every_operation_has_a_response_schema_and_documents_its_errors(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            success = [code for code in responses if code.startswith("2")]
            assert success, f"{method} {path}"
            for code in success:
                if code != "204":
                    assert "content" in responses[code], f"{method} {path} {code} has no response schema"
            assert {"400", "403", "404"} <= set(responses), f"{method} {path}"
            if method == "delete":
                assert "409" in responses


def test_actions_document_the_record_they_answer_with(schema):
    def response_ref(path, method="post"):
        content = schema["paths"][path][method]["responses"]
        code = next(code for code in content if code.startswith("2"))
        return content[code]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]

    assert response_ref("/api/missions/{id}/approve/") == "MissionRequest"
    assert response_ref("/api/seats/{id}/terms/") == "Seat"
    assert response_ref("/api/memberships/{id}/pay/") == "Membership"
    assert response_ref("/api/agreements/{id}/status/") == "Agreement"
    assert response_ref("/api/agreements-report/", "get") == "AgreementsReport"
    assert response_ref("/api/registry/search/", "get") == "SearchResults"
