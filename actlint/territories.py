"""The French VAT territories (CGI, art. 294 to 297): the values of the `territory` option."""

TERRITORIES = ("metropole", "corse", "guadeloupe", "martinique", "reunion", "guyane", "mayotte")
