"""The pieces screens share: small tables, typed fields, the branch picker, form dialogs, the
import preview. A new screen is only what is different."""
