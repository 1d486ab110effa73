"""The consistency eval compares a Chinese name with a Latin one by sound: see lite/translit.py."""

from ..lite.translit import han_parts, han_skeleton, latin_skeleton, similar, transliterates

__all__ = ["han_parts", "han_skeleton", "latin_skeleton", "similar", "transliterates"]
