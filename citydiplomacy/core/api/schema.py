"""What drf-spectacular cannot see: the error answers every operation may give, as they are sent."""

ERROR = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
# A 400 names the fields at fault ({"field": ["message"]}) or says what is wrong ({"detail": "..."}).
VALIDATION_ERROR = {
    "type": "object",
    "additionalProperties": {
        "oneOf": [
            {"type": "string"},
            {"type": "array", "items": {}},
            {"type": "object"},
        ]
    },
}

ERROR_RESPONSES = {
    "400": ("Bad input: the fields at fault and why.", "ValidationError"),
    "403": ("Not signed in, or not allowed to do this.", "Error"),
    "404": ("No such record (or not one this user may see).", "Error"),
}
DELETE_CONFLICT = ("The record is still referred to; the message names the referring records.", "Error")


def _response(description, component):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
    }


def add_error_responses(result, generator, request, public):
    """Postprocessing hook: document 400/403/404 on every operation, and 409 on deletions."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", ERROR)
    schemas.setdefault("ValidationError", VALIDATION_ERROR)
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, (description, component) in ERROR_RESPONSES.items():
                responses.setdefault(code, _response(description, component))
            if method == "delete":
                responses.setdefault("409", _response(*DELETE_CONFLICT))
    return result
