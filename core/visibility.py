def visible_to(request, model):
    """
    Return the items of ``model`` that this visitor may see.

    The public sees published items only; staff who may view the model also see unpublished
    ones, so that they can preview a page before publishing it. A staff member who has not
    given the second factor is an anonymous visitor here (core.two_factor's middleware).
    """
    opts = model._meta
    if request.user.is_staff and request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return model.objects.all()
    return model.objects.published()
