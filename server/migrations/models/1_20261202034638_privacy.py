"""1_20261202034638_privacy: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        ALTER TABLE "instance_settings" ADD "statements" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "users" ADD "deleted_at" TIMESTAMP;""",
    "postgres": """
        ALTER TABLE "instance_settings" ADD "statements" JSONB NOT NULL DEFAULT '{}'::jsonb;
        ALTER TABLE "users" ADD "deleted_at" TIMESTAMPTZ;""",
}

_DOWNGRADE = {
    "sqlite": """
        ALTER TABLE "instance_settings" DROP COLUMN "statements";
        ALTER TABLE "users" DROP COLUMN "deleted_at";""",
    "postgres": """
        ALTER TABLE "users" DROP COLUMN "deleted_at";
        ALTER TABLE "instance_settings" DROP COLUMN "statements";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXW1z2rgW/isavmw6k2ZakrS96Z07SxqasptALyHbfWHHFViAbozkteVQZrf//UoyBr"
    "9hbMCOcfRlt5F0ZPMcWTrn6Lz8XZtSHRn2SWPI8CNm89oF+LtG4BTxf0T6jkENmuaqRzQw"
    "ODDkYOiOwkg2w4HNLN7Ee0bQsBFv0pE9tLDJMCVifIOABckcsAm2ASY2g2SIgI0IA9QCFh"
    "oi/Ij0Y2AzaiEdUNF7xJ/MWy3+IGBSzIdCBjB7cSIeq9Mhfy4m49ye4BD8l4M0RseITZDF"
    "n/PHn7wZEx194z998af5oI0wMvQAnFgXE8h2jc1N2XaJxy3CPsqx4v0H2pAazpSsxptzNq"
    "FkScBfR7SOEUEWZEg8gVmOwJc4hrFghge5+7KrIe5b+mh0NIKOIbgkqN0XWLXVNK3d6Wl3"
    "zZ6m1SIc9Ch8kC+ahpQI7vNXtSUAY/EKL/9Vr5+evq2/On3z7vzs7dvzd6/e8bHyfaNdb7"
    "+7L7NCy51KYta6brV74oUoX2Lu6hMN3yUNZNClksxYoQ9NLY4BHybQiod/SRDiAP9pYQ54"
    "eJeXBVP4TTMQGbMJ//P81asEeH9pdD98anSP+KgXQZDbi6662yfwXuEr4ckArzd+P+h6DS"
    "t4V9tO4fiepoH3dD26pxFw+T5GLS37Eg6SVRDqXJayCecGhTFI/3TXaccj7SMJoazjIQP/"
    "AAPbkY37ANBOAFeAIWae2vZfhh/To9vGr2G4P9x0LiU41GZjS84iJ7gMQW/QITRijklKDQ"
    "RJPPZLmhDyA05ULcgvO52bAOSXrdA52L6/vWx2j15L/PkgzALH4wrooYUEJBpkUbSveA/D"
    "UxQPd5AyvNoXpCfePw6QATX+A/UOMeaLQzqBIb3WbfOu17j9HODKVaPXFD112ToPtR69CX"
    "0cy0nAl1bvExB/gt877Wb4e1mO6/1eE+8EHUY1Qmca1H3yhNfqofZdyKOjB59MJBoGcPgw"
    "g5auBXpWy2MlAsd8jAvajz93kQElutGFsNAdrtx55ge4DL57C99r9ZaDwI/W6TpEo13T+j"
    "TcAgkcy58kni2e5OlaJu7RB0RqcXqY13ecqIeZmGsnfFhaPQyYyLIpgQZofG4BSfqeK0LG"
    "nOs8Nrj71HhZP38DuPrk6kgxetY2M+xZj3ouSlT99dnbs3enb86WutOyJUll2qweyf9nEC"
    "298cXJlLVaIRLl61QS5esEifJ1jHIkvgltAu1JJhUpQFU5NfTNWQqg35ytxVl0KaHmeQo1"
    "AZ0B2kxz7K34HqbdA+cXr1wWxh8Ioz1MEjnNGWXFmkDWHv8+is0ywCF8xnsQAyIKQRDgKL"
    "ofudSGx+RnNJcgtxZm9PVS//1imgMDd53Ez5stOFtKov5FxX87/8XI1bI/NO4+NK6ate/r"
    "Naw8dYelrhWjO/j1sPW6Q1Dr26w7dAjyXbFQLvMjgMmAfrsANl8wSAeQ6IvbFiKVATojx8"
    "BCnA+8c4bZBIjfTkejqFqx78ljNI4/vFsriYucXHMso/ZnSBX5u7ZiARe8+IoW4wn6xvix"
    "wdDUFP+vCSL0zeT7nc3xWfJrwYnFkvO+lJoczPGVf8hdzveMCXWthe6zdplY3UaV8jZKru"
    "CYrXa9MrCiqKQZP5UVP8GIH1YFVh9zBowDRJWEOYfbEm+vSguyN76C+NbPz1Pgy0etxVf2"
    "BfFdnjdRgJvEmUZEsuCu4REXaKfhQx3k8T0t4rX/3jfvm1cXwKXuk1Zb+3jTuv7Uu+Cnvj"
    "Yy8HjC+uSKaxYXQOeyQJ90m73ubxfywJ/znmaDU+vIvYTLbvVJZfRJsPlErmxdwSDGfr72"
    "iPWTFKetvCqxquIHNCxuRXBN1vRjyCto5qmStm8gaCPNIQzHHOIbzDpBUmXVKTWfhQ0OWR"
    "aNkYd7/KtNsNwtqSpwDZHE0uavvQA3I64WS47edNrX3vCw/4UylitjuRCdtmC5j0xtpmXe"
    "TD2DVqyZPMm+EyKskrW8AFtPgk3db2Lc0a7u98Q/MFakta2HlmGZ7OvXFnXMWoxx3e04Tr"
    "Ksj8WQDJER/AACkuYEyNltQEeACrv1MorBFqO8wAVog6+24Yx/FNaVr/GxEHuYU3ntlMtr"
    "R7AnkxF5Mb5yviS5WN4YZka2mAaPoIK2zdf1VCayeoKNrB41kvE9KQvA3niFbzp8GTXxcF"
    "vb8ZK4QOUa8k7Lzmo7brd63c51s33Bjy78wI+vUZ984dJ49wLM+BtafXLTaF9x4eFz8wIY"
    "/Bn2cALNPmk3evdd3kQgcxw+qnHdbX24v3EbxbgBdWZ98uGmdctnuwAPBp5CyPqk2W52r3"
    "+7AAKCMUZ90ul9Ek/zvX7WDSwN9xOYH+W9H6PIClhvVwmRKcOKMqzsccursmFlyn9mlsNs"
    "RZHXRxaRxwryoc5FGis4gDdsoyqRsJvLNf4TOUyUzBRYANA2R5Pv8VvhHUerYE8F+4gaBp"
    "1x6Swr5hFCBXi6KGpnYOCh9oDmmommWUTQKGUVIC9aDDUt/MjB2YoBUVLFgewcGCE2nGyl"
    "CAQp1Y1b2W7ctoqpnqLpgB8jE2zuGFR9u5zoAFXAtWHVgb2L82hHkD7TQ064kQyP5Ri7Bu"
    "Z3HeNw941iY/JbQtq+RbYN5W1O5Pov0H+cdAvoyu1Td2jq+HwvS9kqGmY2oTaSUTCQORYC"
    "/KwYPoj0ZQ47BjOIGcdQhMwMEOAvY+D4qP29zbv5VjD/ABoV51LKOBeVdU2lqnp6mTKXVF"
    "VuQJbUkbIt8QhhBW8z87GcqUgYFQmjImFUJMxzMDGoSJhnyGcVCbOJpXnYaT1FeIu9NERa"
    "wX20Yi4bGSy3+dqUXDH1DjFhVHExjNiVQmOOk21L7mjN9g/faF7qTZDMrGLRGWATyIDbP0"
    "B2MGf+e7BwTgIDkU0fgRG2bPbScgjgD3zpmFEL036nVq7n5XI9L3/CyOJcd/NIGWmhcazn"
    "5nqEVxQVkAEKQFg5yD6RvCWDkDS56Wdc4lHKIn3T9SkmWX3Tt17w+7bCUBMRTWwR4qHxuC"
    "dm2Y+lLzDjvnd2HmzGfWmAnCISZwhbb60PUhVvsK/9e+SQoUAUDBxscMnSPhGP/c8TbEa5"
    "mPGVm5pyU3veHFDxKusPZWX8yMH4cYMfUC3G4CHbj5OMHAYfkdKwcbcIYic6GFKHMFHlj6"
    "BHZAGR7huMRPk/SB4496OWi4y06zLLLgyywhGN4+FrspDJl1Q4y6yyXxRpv1DhRLne1atD"
    "5bkcKtE6hZn2Kz9JlZIO7e22X7AoG6Q+iq0QLZk8vG9A5embDVE/iYI0TcqruCtsVUciku"
    "uKJheSCO8De8A0ZVxEyRZsWkh9W99mRF0xfHdIu9481cTUv/mVKR+bLwwqRpkMBkmtVylD"
    "UVkbFcv18MaqgWMvN5wsraNUvqdU+Sy6Lp3XZvdhj7bA+yZ3ZWa0s9dum+I+4gK41H1y27"
    "lqdhu9jmjiq5+/JeWtnS9tMYjOFjVFnv5+6n8Uk630xQChUhcPS10cIpOhuAitpKtIP5m6"
    "gUx/A+lmstAyW77CdFW4ZCnABOY6K2Q6yf0kyhgSs4RLWQHy0GSkBM19Ka7uqBItUyIf2H"
    "pNqxP5P9TNimbpymoWuWLTQlrSqpqfZW37j/IIrMXomYH+4yRN05QjNfc0TXuLSadI+FAf"
    "0RFDRBS6vIU2ozolL8BiIgCBOzPgSiefglrBluU4250r5rozp4fEKsReOi35Pbj/Rkovft"
    "qr0IMSw5ctByuHq6tndfWsbAl7tiV4Z0k27SBEpXSutWaDrHpXiEohu1n5CohGZVEVSql+"
    "hRbXZg1sKWkqaNNBi8qoiomr6zgVbHGlnaB6efkE0wXE8iVgMVEdCQId20NH5iMDmIBlAa"
    "UrgYnIhsbF40dRNgkwOuVzSzXqq4uYkCO+voiPi937EzLmYPPbL4JSD28ThIXkYVOa246a"
    "m6pQFCihkq6GSlIRlYgyMaB6jIvI+pgUb3wl8C06EkWAp03YNCbLTTLiSyIFuwoAUtmF4j"
    "VkpOPtuBwgVBmkyszjlVyYlclBSsXlMnPZ9ciUoWkZhOoQlcqrGDZ0iejCzKgGiRSo6rKj"
    "0MsOvk9MModc+WmUU0x0zSrPLeVoVBJzbDZHI/fLLpWRu4yuRoENMKuFOygv7FiGxUt5cJ"
    "Cy9IYiNUhUCNm1TE3K0KpD+bxzLVTT5fjc4Clmn3DsPUmg/zjpvkQgrRliqDbBaW9OOgR5"
    "6TLAIr04OEIn4xMAgUHHWHqTCb+xBzR/z//DuzGRCT+FfXsARekZ6mYKlY+2wYQakRz2OT"
    "2mT+DQorYNZmgATIsOkW0jO4/Mo6r4jOgrovgMXwBZFI/F8MKKMR/2xUh2C5MyEpfUtBQR"
    "05/mer+LppShpWwad4AFRyQfYXKs5iWZziG4V/ksP+HN9yQ2G8L6zd0bX7myYvXz8zSb+/"
    "n5+s1d9IVyldIR4x90JtcCP00FkiIXkIBa5rnXbITINiWCw8QVPFgr7K4si7bYzlDoGVtw"
    "P4ZcXdmVTa6K8HsEseFYaFt+B8kVv8vM7wWvshS985Ooe8RI5Dfhh8FwIn6qZuOF+J/lE4"
    "qdQH1EZf6IBgYV9adjbGhJcYk+KhWWuCEssTSqvymFvBiNf2H/T1L0l/cM6aqp8xldT3ux"
    "XH8QxaiEmHkMqBwFDd4NiT1DgiX8XwBBiz/AWlAejQzIjsEVtofUsWz00mZzA8W4+ef7qI"
    "z+/r68eMrd/2CNHsoZXTmjVx125Yz+LEQ75YxefR4rZ/TnwGXlNa28ppXXtPKarpnQQiRr"
    "qQo/jaqsUIbqH2WTenN2RC+2rELZwE3rMZ2proL7Ue8B1IoXVghsfgFY+RuA9v3NjfLuV9"
    "79pVm+QTPNBBs6X767AVSxDzxf735HQhG9InGMTa6QfETq+xHiiLoRSAeCSmQo4r9Sd4bs"
    "AniulC9nWEdgNkEEfJXhSV8BtoHww58fA/5sJJ3tZc8PtigxEXc3ktdjkouw8GMMy5+qEs"
    "4+5T3Gkg2ZpFq8Zi95vmKtf0NWqaBUKqjcnGGLvgR6igDskskYFYu/Lhm6+wu/fhqHGanB"
    "xQiDnma3XhgUZRZSC4Nuhv8TcEOH0OB/UZMLaxP4iIRLi8FxEwXRLfEOslg6b4S2PaOW/t"
    "4bPLLoFFApikWFwH1O3yfLUB/A9WpgL2q42+CrmOBHEQDyFcwwmwi5EVtAVt/kkiPUdUsG"
    "e8pnmM7AwEMRO5pH7KeSHHeUHL31kEXQ8dOo8J804T9ZEd4vuk998OYf+EOtMSTYhvE60H"
    "qcw3QVkCxDaNdToV1PQLseQfvAyn6uDssMVT8/Nrq3oqDnCFpTcRa6f99pne51o926a/Ra"
    "nbbXa2v+ddQn7esO586Y9sl155dmt33bbPcuwJg+8m1zigjrk5/bnS83zavrptZq3/VavX"
    "t3ugdCZwbSx26ULWaOO9/l/V2r3by7uwADx8aEn6190m3eta7kvPysxbqctdP7JGuQxgkH"
    "aRbLaT3FWjmtr10qoiu4UtAU4hh3v/Uf5JKgarfu9fOzVMfKWcKxchaG15PetAm0J1lgjh"
    "BWbuPL5RiXq1PoOCPMv/utnO1iZ1D+WGX2x8I2Hz3FcTczSVEzfjIVNpOhmpcBydjhWnqW"
    "Dc1PU8Fqumkctta7a0XsrphmMru6wytwRCjX+/Is8OpmItApP+QzqaErisJyZR2yGKZ8eX"
    "P15cVkQL9pjpVJcQsQVfAEzgNom6PJ9/it8I6jVbCngt29kdAe0Fwz0TSLJBSlrALkRUtF"
    "poUfRTrUbRgQJVUcyM6BEWLDyVZyaZBS2S3KbLdQ0YJV5XKGJCN+qRlrjD4gsqMPdsPEPT"
    "HNASqdqRyxi3NTP0h4pkj4GdsTbO4I0u1yoqpC5RVV3hGoz9Kp56OcrNpQiWkUVBugWpZe"
    "3gGmasXWBZ0TVJWMguNoGsjCw0ktxnly0XOc5D4JV2NUMvGi1kneXoWPfB/O6IrlI6mg11"
    "tOdvAYh/MkK7hZUXRz8SnkT2SxUdc/3XXaa27tViRhpRkPGfgHGPiQD944cAUYyfapsCnq"
    "OKgDiwkunzpx5vf/A9PbmKQ="
)
