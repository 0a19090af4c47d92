"""HTML pages of the web UI; the app factory includes this router beside the JSON API."""

from fastapi import APIRouter

router = APIRouter()
