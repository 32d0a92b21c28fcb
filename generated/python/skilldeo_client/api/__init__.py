# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Contains methods for accessing the API"""
