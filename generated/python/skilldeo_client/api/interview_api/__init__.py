# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Contains endpoint functions for accessing the API"""
