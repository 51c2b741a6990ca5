"""Page views: sign-in aside, the list of designs and the editor."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import ensure_csrf_cookie

from designer.models import Design


@login_required
@ensure_csrf_cookie
def design_list(request):
    """Show the requester's designs and a form to start a new one."""
    designs = Design.objects.filter(owner=request.user).defer("document_json")
    return render(request, "designer/design_list.html", {"designs": designs})


@login_required
@ensure_csrf_cookie
def design_editor(request, pk):
    """Show the editor for one of the requester's designs."""
    design = get_object_or_404(
        Design.objects.defer("document_json"), pk=pk, owner=request.user
    )

    # The page's scripts read this through json_script, never inline code.
    editor_config = {
        "designId": design.pk,
        "name": design.name,
        "apiRoot": "/api/",
        "socketPath": f"/ws/designs/{design.pk}/",
    }
    return render(
        request,
        "designer/editor.html",
        {"design": design, "editor_config": editor_config},
    )
