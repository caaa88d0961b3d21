"""`POST /api/token/`: a user's API token for their username and password, throttled against guessing (a rate
per address, API_TOKEN_RATE) and locked out with the login page (django-axes): see core/security.py."""

from citydiplomacy.core.security import obtain_auth_token_view

obtain_token = obtain_auth_token_view()
