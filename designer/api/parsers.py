"""A JSON parser that refuses bodies nested too deeply to handle safely."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# CloudFormation templates seldom nest past 20 levels; past this a body is
# refused before anything recursive (copying, walking, exporting) sees it.
MAX_DEPTH = 100


class BoundedJSONParser(JSONParser):
    """Parse JSON, refusing malformed or overly deep bodies with a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(
                f"The JSON body nests deeper than {MAX_DEPTH} levels."
            ) from None
        if _depth_exceeds(data, MAX_DEPTH):
            raise ParseError(f"The JSON body nests deeper than {MAX_DEPTH} levels.")
        return data


def _depth_exceeds(value, limit):
    """Return whether value nests containers deeper than limit, iteratively."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
