"""4_20261202152806_files: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "stored_blobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL UNIQUE,
    "size" BIGINT NOT NULL,
    "media_type" VARCHAR(100) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One file's bytes, kept once by content: the same bytes shared twice are stored once. */;
        CREATE TABLE IF NOT EXISTS "attachments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(10) NOT NULL /* PDF: pdf\nCSV: csv\nGEOJSON: geojson\nIMAGE: image\nOTHER: other */,
    "media_type" VARCHAR(100) NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "licence" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "width" INT,
    "height" INT,
    "preview" JSON,
    "position" INT NOT NULL,
    "remote_url" VARCHAR(500),
    "created_at" TIMESTAMP NOT NULL,
    "deleted_at" TIMESTAMP,
    "blob_id" INT REFERENCES "stored_blobs" ("id") ON DELETE RESTRICT,
    "event_id" INT REFERENCES "events" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "post_id" INT REFERENCES "posts" ("id") ON DELETE CASCADE,
    "thumbnail_id" INT REFERENCES "stored_blobs" ("id") ON DELETE RESTRICT,
    "uploader_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A document, data file or image shared in a group, on a post or a meeting. */;
CREATE INDEX IF NOT EXISTS "idx_attachments_uploade_6ed4db" ON "attachments" ("uploader_id");
CREATE INDEX IF NOT EXISTS "idx_attachments_group_i_44aa00" ON "attachments" ("group_id", "created_at", "id");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "stored_blobs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sha256" VARCHAR(64) NOT NULL UNIQUE,
    "size" BIGINT NOT NULL,
    "media_type" VARCHAR(100) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "stored_blobs" IS 'One file''s bytes, kept once by content: the same bytes shared twice are stored once.';
        CREATE TABLE IF NOT EXISTS "attachments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "media_type" VARCHAR(100) NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL,
    "licence" VARCHAR(100) NOT NULL,
    "size" BIGINT NOT NULL,
    "width" INT,
    "height" INT,
    "preview" JSONB,
    "position" INT NOT NULL,
    "remote_url" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "deleted_at" TIMESTAMPTZ,
    "blob_id" INT REFERENCES "stored_blobs" ("id") ON DELETE RESTRICT,
    "event_id" INT REFERENCES "events" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "post_id" INT REFERENCES "posts" ("id") ON DELETE CASCADE,
    "thumbnail_id" INT REFERENCES "stored_blobs" ("id") ON DELETE RESTRICT,
    "uploader_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_attachments_uploade_6ed4db" ON "attachments" ("uploader_id");
CREATE INDEX IF NOT EXISTS "idx_attachments_group_i_44aa00" ON "attachments" ("group_id", "created_at", "id");
COMMENT ON COLUMN "attachments"."kind" IS 'PDF: pdf\nCSV: csv\nGEOJSON: geojson\nIMAGE: image\nOTHER: other';
COMMENT ON TABLE "attachments" IS 'A document, data file or image shared in a group, on a post or a meeting.';""",
}

_DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "attachments";
        DROP TABLE IF EXISTS "stored_blobs";""",
    "postgres": """
        DROP TABLE IF EXISTS "attachments";
        DROP TABLE IF EXISTS "stored_blobs";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvkx3FdPVTfoyS586tSSh0+wkkCVkZucsW26DBWhjJNaWw2R3578fSb"
    "bBF9lYXI1bX2Y6ll7ZPLq99/c/tTmxoO2+aY0pekb0pdYE/6lhcw7ZP1JtdVAzF4t1C39A"
    "zZEtOpt+LwTFY3PkUoc9Yi0T03Yhe2RBd+ygBUUE8/4tDAKSF0BnyAUIu9TEYwhciCkgDn"
    "DgGKJnaNWBS4kDLUB46yv2ZvbUYS8CC4JYV5MCRF+/4a+1yJi9F+Hpwd7gYfQvDxqUTCGd"
    "QYe95+//YI8RtuDv7KcHfy6ejAmCthWDE1l8APHcoC8L8ewSTTuYfhF9+fePjDGxvTle91"
    "+80BnBKwL2OfzpFGLomBTyN1DH4/hiz7aDyQgh9z923cX/ygiNBSemZ/NZ4tT+B6yf1Qyj"
    "2xsYD+2BYdRSMxhSRCAPHo0J5rPPPtUVAEz5J/z4p0bj4uJT4+3Fx58+vP/06cNPb39ifc"
    "X3pps+/eF/zBotfyiBWeem0x3wDyJsifmrjz/4Q9CY1PSpxGSs0TcXhmwCrmamI4d/RZCY"
    "AfbTkjMQ4l3eKZibvxs2xFM6Y39+ePs2B95fWv2rr63+K9brdRzkbtDU8Ns43mt8BTwK8I"
    "b994Nu+GAN7/rYOTq+F0XgvchG9yIFLjvHiGOoL+E4WQWhPshSXpgvNjElSP/lodeVIx0h"
    "SaBsoTEF/wU2clMH9xmgnQMuB4OPPHfdf9lRTF/dtf6WhPvqtncpwCEunTpiFDHAZQJ6m4"
    "xNW3JNEmJDE8uxX9EkkB8xompBftnr3cYgv+wk7sHu491lu//qncCfdUI0dj2ugR47kENi"
    "mDSN9jVroWgO5XDHKZOrPSB9E/7jDCegxn6g1cP2S3BJ50zIoHPXfhi07u5js3LdGrR5S0"
    "M8fUk8ffUxsTlWg4BfO4OvgP8J/q/XbSf3y6rf4P9q/JtMjxIDk6VhWhF+InwaovYH50cn"
    "TxGeiD8YmeOnpelYRqxlvTzWLLBkMwa0X37uQ9sU6KYXQiA7XPvjvJzhMvgjXPjh03A5cP"
    "xIg2Qhmm6aN+bJJyY2p+In8XfzN4Wy1gINyBPENZkcFrbVc+WwBWLSCetWVA4DC+i4BJs2"
    "aN13gCD9zAQh+4XJPC54+Nr6sfHhI2Diky8jSeSsbUbYsxz1vQhRjXfvP73/6eLj+5XstH"
    "qSJzJtFo/E/xVYy7D/8XjKWu0oHOW7QhzluxyO8p1EOOJ7wpiZ7kxJRIpRVU4M/fi+ANAf"
    "32fizJs0U/N9MjUxmcF0qeG5W817knYPMx98clkm/kwmOsQkd6bZRDlSFUjm9R+h2MwDnM"
    "M23gMbkBII4gCn0f3CuDY0xT/DFwFyJ1CjZ3P9j8EwZwZuFsfPHjvmcsWJRhcV++3sF0Nf"
    "yr5qPVy1rtu1P7IlrIPKDpSa49kciu9OSw/r1nz5YdWvsADBkPU4QR1w9hJMkA25dQXN2X"
    "cCl7E30AIIAxNMHeIt6kw0YP/mZwPvZYI5ZEcrnsoEiz2NPMRDfMu1RCDy6wLbDiWs48gm"
    "o8+xRjIBDpwTCsVwLniCcOHLNExcAezMYseaO8TsD+SsDUtT8xmCV998SsNz7G+vgYktwD"
    "4UYMgEYTCBdDxjX71EbON4FNhozoSkgiLRf2rrpVATPzlYhnH2hT3jhPD3Bf9INk2rtROs"
    "iWD5h7u2JjqzaRZ//KEFr2MKXk/sZ8mFgjb25qkDN4ZxSFtmxX7t/vpLEyysyRBfPfzSBG"
    "P3eYhv2j2u/W2CKST/dAnbnp271k276e/sIe4Nvrb7TUDEPthCtHhXTIbLEeGSosUcWsg0"
    "VI1ccaoyT1OZpGV+zKvqI6I0FcS5UQjnRg7ODYlWAlFbzWYbEmiEiyEc/bIUzgN258pxTp"
    "BVQMeWJ4W2/zbItyOuhNDbXvcm7J40LibsiGgMgxuz6OKOkFQA8CMc0y76twTgPI+mkOJ4"
    "ovjbw3KFR/FpWiO+RBaVaJAz8V713wrwkimy9sOIr8Fkktt0JlEYZqK5JtBwpuFksuYzgs"
    "s0njlOM2uSnZxmSobssX1mWDuScxiZSzlKUpnDeG9Lea2+UeEf4lRbsRAlW8hHcLXTFrtt"
    "jpGzM9z4OvJtpjlOqc1zZZ5lrkVXM89FKDRPlb6I4DPEVA3RKImGNA1p1GpSENIoiTYiy1"
    "h/do6oQRqh0Is0DSidefMRNpGthmqSTEObhtZb8DgNZTeSONWhToFzs2vmeJKIQzONsLIr"
    "yU04zpmdsUV9SaKXi9yZJHnS7gHUe3LGepWNkEYul82ICn5pD5C2w3GqiWmUrdwManhc7g"
    "HX/bmSHfNwLexJFr9XNiPLBaY9oPogAjEug8GquWQjsmUM1z6Tc/udq0FNznJpdAuhm+Q1"
    "MyA+jSfkKupM4gcZjUjL9oKMx79tdoLsYRhJNkEAYX8jPCK/N4HL1g60hBugn3cCi7Aoss"
    "R14EA2G4E3IOC/nUwmaT/IfQ8ucTT8e5i/Q+AiBhea7H/keSCyfUDFNsDwd2qYlML5gv9/"
    "J+9Dvikj75gFrIr/rqO5Neq8HLztGHk5xAqWcArZhpY1RQXdkD4UM7Lk2FiSJpb1ZlbAOE"
    "ZUSZgPYMyaSaWzbJDD/hXEt/HhQxFvug8fsr3peFvC4Si8b7bxlV4RH9G5i3X1YDjvhR2m"
    "//rYfmxfN4FPPcSdrvHltnPzddBkt74xsbkXyhBf97rtJrAYLzDE/fag/1tTXPgvrKXdYt"
    "QW9NORnN51OmAMJJkEMq/YKIn2T0jqMJPsVgrXfJOqhFybz0ttWLWh6ULDw1Qmnm4IcI2T"
    "agN6qeeZRyNDxyESfjjbWzxOVQHf5WM7i2snpOyrq7ppAzjrtI1D0ppMH6ZlPkxDhZbU0p"
    "un30kQVsnl4wi6nhybcFTFuKOKPZqT+MymoqiGPbEMy5RpwDd2SpTrKytotmZdWBILpxYI"
    "IvgjQf5vwIAdra4IqQ+yNrPGx8HVZ7BgX+sCd0aWPEh/zp9fe3Q8A+JUTqnV9zo6TzFwxd"
    "esbfMReboAV6QKcFj/V1w/z/XyS+JY7us6cAlrMylYQLKwIVjOCFjYJuaqfErAmMwhGJsY"
    "8MuX5xgQ+afBEtk2wISCGUMX4l1zBrAt5lBXpwwoq7yfrTLXcbs6breioljkM40ZnUvUHY"
    "XQX9HqKVCegti9oCIZxQgrKAtXSTiC2NpmiiNkeoJLPcFBhioVLiFCUoFjM1mSoVhNhryi"
    "DCkugSe/pp4lYcW+2MTM1NauiRIwTzhVpZRG173Hy9s2uO+3rzoPnSD2ebVPRKMQRVaJ6v"
    "vt1m2qJACebgFzlErjXABngpnkqhz1HKfSUc/Fop7NhTmWKsIyZeMoiY7rkcT1EfY2hpcn"
    "8+bPDu2LU2lXA10m5LvkFqGFtpvlGKG2h5V5jse+dnq7zZyg1TNd5pk+cqnD5EyWqMTEQb"
    "g3RQ5Zs8Yq4Or8DPtn4ogzNTFSrp2QJNNR7zrq/SRR76uFuAdkqx1PnNyyqk4jMaf9aBmI"
    "hPeUQgXAeN2J87rvsmCPrU7HfV7siFGfDVGh3X7QColfbHNak7geief1PM+jCeuhEM7rFz"
    "X8wQUOXBCH+g47Jo+vhXMwcqD55AITOJ4N34Cgf0Aj/sm7yUN59zWwNIyXtxpP0Fctsh88"
    "ZQ25QbwJl6BjBtlqR6AdHYFik100sjNCU0F3oP3XXucb0VB2uYpTVRDog/hdCdS2yGecot"
    "NyoCyvMUfJHZOF+kpeUVVwJe8/4hUTWZxytuda2L8Cbhcn8FY7r5hwto+wIvi13n272wSc"
    "coi5+vi63/qVPeCJXSwm/7Gn152Hu87DAw8bt5A7R67LI8cf77+2b9kjbzELl93J94a2KG"
    "61d87NBmHBMbK2zPgdpdSWpjLPsrY0HdQYEgjwamr7OJFmhHUS8KNgevwk4FVH1IELWx69"
    "nC0HR0i0l2CGBKyG6JpCA6rtnyexfx436/e5YqqU9lsclHvAtB+Oc17HQFFMo/fJZlBDe9"
    "PusO7PSl9KWOMseoHV6smMD+qLNRimomt1fVPHEGXvB93H29tTJcvw7zKJxXp1yWWbrMU9"
    "UTRZBuZZK1Z5LMToLiATQLh1GKBgecRyW5gu+Oba3vTPPBXpN0mKjP2MuTlLhbYbH9NuzK"
    "dHRWsT9t+PmrxEWpuDpKnV6TmiBoRGIQtCI8eE0EhnlGVnkpLWMeiv8S2GLyULNN7WqLYi"
    "PqJRzWSNjqtqVut2Bv3eDTetuRQ9setrMsS/tgbtfhMs2Rc6Q3zb6l4zfuy+3QQ2e4c7np"
    "mLIe62Bo999gib1PNYr9ZNv3P1eOs/5P1GxFsO8dVt546N1gRPNpqbJh3idrfdv/mtCTgE"
    "UwSHuDf4yt8W+XxlL4xCThg5Phg69U1JLNnaMJq95quchXTOfqbKZbamONQmS/FjR0rScR"
    "BuTJsoD2qiPFF1kZLpKI4AtMvQZGf8VnjLaDXsxUzwxLbJknFnqpinCDXghQBfeCMbjbmH"
    "urGAcxUWNE1ZBciPzYYuHPTMwNlqAtKkegbUZ2AC6Xi2lSAQp9Suc2VznUtZzssbiVk2Eb"
    "BQKOY6t/j2KBUt5HyWAK1CILfHJ4yzrCI8DpyTZ9PeESFhJev7Q1UVqTmcjxhvO0O7hj7f"
    "rQaqKlT84tgRpIp57iQ9cYhDDR4CtWsUvRipG8RSVRIrz94ZpEr5gKhlGojuSSYpSvy/Qi"
    "R7GA4I+0/Bw/5+NVyFYFV1cQlAyHJ0WWO0wd3FEJNTuPJ6y3dO+UEUPQd0xlj0GWEf/VlU"
    "Xwk9VFizCykv9uKCEfGw5ddweeVCCPiHOGKa3wj+6LWsVMxhXqIdY8rlGDMXBXalPHImtj"
    "EaHcgg8boX6mdjAZ0xVMrOm6LT6ErQ5evPHIscxgY7ng3LfFFdvjJyjXUG1kGOLXGWqwKd"
    "oj0eyu/OBOJSxOad/SWnoGlMs9Ab43lC9vjQ0TwnnYb9xfLs2Zc8VC1lcdoR1dMmVjuq8C"
    "pWjpFra4AggxaYOGQeVk6sA1FknP05J1zHDIgDXvmPugTD12DCHkwJseSFGPc07g71EL0g"
    "baJOf1amgyyPW19VtVexka2ItHmsbOaxuFrQdNU8UNcU2vlUO5/qXSXbVTaabDfLMUJ9cp"
    "Z5jkshQFVN7ve1t0QxFU+STGeQSEPrKdcl8A5fkuDsENU5OTad7XvOyeGVrRxBKTH1NpUi"
    "kB6yx8O1ZGdrUViT90qp8h10eJTBHXRdU5xrKR1VrL2ep6Py4xXmftfCOioHjiHiWiTWDz"
    "0j+gKWM+JC4LIFZFLPgWA8g+Mn1oF4tA6WJuIWW0AJGEHAPsZGUKqj2tu4ijqqVZJazERf"
    "xoFTOF/w/x9PUXWJpt+LrupPjcbFxafG24uPP314/+nTh5/erm7jdFPetXzZueE3c0wK2K"
    "zROnKwWsmm4AjBJeaLTUwJwn956HUzghrWJEm5F40p+C+w0Tk758nA5WDka5iSyqR6XIzl"
    "A6QSdbNjkjEDPDZEbYmnCCuYxeEwEYPnlhqddfVguAAKZ3H462P7kec996mHuNM1vtx2br"
    "4OmkB45qDpjA7xda/bbgKLYDjE/fag/1uTXejUeWEt7RbPmg7NkiRID254FdeCKImuYZ3U"
    "MCT5phSu+apPCbnWcpdaA2pD04XGVtbBBKnWdJd6nk2XGtBxZBqDbDthnErbCpVthaEgvM"
    "VZmiCt4DlasVQ1O/mR7VOn5LOpD4F7fU2qV0r0qefrlvzehhvtvlG9NJhBwHhI4JClX7fR"
    "bx9Bl/2J3FUowGcQ2MXB6EXECEyQ49IfHQ/zEIEfvUVaw7TfoXVkQbl8lcT/U7BmS71h/w"
    "oKu+8KCbvvcoTdd5LKgXAqzViXU9duRVEBHuAICOvEgCfit3zDpDj0FZd4mvKYOTmtOcKq"
    "OTm3XvD71sLwYnsGPyL4S+W4XxLCxEUsh15Kn0B/xAY4FPzh3Xnc9X/Z693G1v9lJ7nAH+"
    "8u22wuxFSwTojGTCMJ7WVG1pNsbX2c6vgK+9r/TDw85oiCkYdsxlm6b/hr//cEh9FB1Pg6"
    "PZdOz/V9z4B2lc6+lLXy4wDKj1v0BGsShYd4Xs9TctisR0HFxkNQvANbQMQCQ6sOMHyGDv"
    "BcHpFFHOCY+InNflpzoUgrUU38vcY+LlDI8lw3DI/II79Y0z+0/uKE+gudRvmgtnp9qXwv"
    "l0rM1D9WDimIkmjv91LUoS0ZP6zL0JYS0pwIjRWjo4MJ8rzeo0df2YqmlmzBFoVU10zdP6"
    "aba6aeRoyMZFqVCJPxPKzZImUi8etGwTIbXqkYuApWE/FVWuQ7pcjnEHtr9+GQ9oj2Jn9l"
    "KurZa3dtbo9oBhlohviud93utwY9/iiMshri3q9d3okscfCGk9un/kkQ3kpejBFqcfG8xM"
    "UxXFAoi9DKM0VGybQFsrgF0q/gYyhrvpJ0VTCyHEEFpvNWfCfJFc6NR9K5FTYdxFXPrVDG"
    "tJMbUyucSMok1i2ZtjF1pKngo831XDlzlS/dsMm0mA2zhyHwvUwA5G8AZCIcpNdjATbWG9"
    "Bl3+QCk0fskwWCFkC4Dlzie12bOCDmfCR3vYYpe+eB3jPELiMA5oRCZ539ktd84DkvF0zq"
    "ZgOPZyaewiDxfJgvky0WylNjIupCewKQG5hf/dfumhhT58Qs2YVUzxHatSFx08ladkmwUO"
    "ibOc72Bd6snVlTlzm8oPa1c91ughmy2NH4eP+1d3vdBN6CF97gMdwPg16/zaO4Xe5+wp/c"
    "9X5pG6FCxz8bjVCvc9v5MjBEl9ZtE/B0hmHyY0b5eNs2mFzSveHjsfPW8E/ZIb7v3Xaufl"
    "u1+WVjVq2dLpvG7lXbuLztXf3cXEXoGCObjJ8i7Y/dZA8PB31aV1e9x27k08Jc/M46i7Ny"
    "He0i0lkjWzhrlEI2K5sEfJA8967tTVV0C3GqCgRTHKECvI8ZRTRLnZ0H9Yqscli/K3RMvM"
    "s5J96lDwpE4Zw7GKsAHaWpHMoXRUC+yMb4Ih3pxi8o5dUcp6oczI1CGslGjkayIYkp5Jgx"
    "zg3Jea1s95cknb7/8lLqck2GanisnLp6y/oQ9+Eau+1RryziBwmdpaYzhXSrhS4hrRzmB1"
    "nlAXBb4l1ZrA8UfK+LdRwxAs2C1JSltsoOi11T6JDY/OnYIiRWlyGqlp61JGF/PY9OCcP5"
    "ju9ciSkt1l7Ps6WRoKcxD7sWSKONCUUTNPbNWZwwkdHahZiGSTcBwsIeJexXbGTs+hpmYL"
    "pgyY1diAIKbf+zEmm1D/KeITZHIgs3pw7zJC2J8wSdusj7ya1xyxn0hxNvZQwWN5khF5hL"
    "80Un6i65Ae3EibrZkcFOET6jSsxljKrMtpetOfn3hTj59zmc/PtUHmNv9E84ltgzc3JGr0"
    "mqiPIhlF2UH1ojYklUt9lsfIyoEkgfm5ef0bmtDHuMSAtQ6qBD04KOUmKhCIkWofYuQulU"
    "9TpVvU5Vr1PV73xbnIN+Qaeq/w7nWaeqPwWjp71hs6+u6sZJctZpiymPkOnDtGyHaUmU8v"
    "ciCuOLiPCsSZTysfZ6nlLej+cw/GDRokn6yBzyEgGvyIRCDJg4eMduCMIW7msQDATMMFJk"
    "Bh02BHHiT1b9XH8sSTa/A71Emu/B7xiEe/n/hjrtw2kz/Z1VlPnqydmGmevMijqzomYB98"
    "wChneJWsxKgkqnFMjMiqGaViBBpZHdnFsgxhrFUNaJAeOh8InFtTnBwIrT1NAWgxaWMNOA"
    "yMwoE8GCjI05ohfroVDvjS0Bh/IYfxNYyB17wouHuyIFMfpvwDXHhLssMfb4mYf8A0rmbG"
    "whRn3zEeN8xLfX8rJve3/DDtH+ca5Hx/6X7MKo50huykFhJ4gHO28nGVVHDe0as4PynoNn"
    "cFcXVcRXRBp2bTPRSnS5hAwttN0sxwi1oaTMc7zmC5VtYTFKPctlnuUZsiyIt5jkGKGe4z"
    "LPcZDpbYtJjlPqWS73LPPSASL/k4J4nKDSXpVJlTUvg6eMapxIg6rNlkc1W7JzYqZcGyxK"
    "o7M3Z+Vc0ynGdUbskxtW1DJi+zu7VOaqMubEjh2AqraqWFiLOZ5l1J6/DIi//NyHtpmR4S"
    "tAu7Ua6Gz56hTmcUOqbU53xOgLG6JC+zzFeO4IT1jkuYKLh8staFd8ihaTO5v1c0iTeZ/h"
    "c4vmiH5FUtN5rL2eZ0LnSBs272rMUFFjOs+bHxQIB0GUGngF30zfAJMnzEfCwZi7Ej/Bl8"
    "/sP6w5SPjBTZ4j04Wr7Pni1S7guaBrCbwP9JohNscOcV2whCOwcMgYui50C1rbdRaPUmbx"
    "UExUe+ActaeTYA9iK1dXVWq7YUl1lCUJvunDOaFwJeTILrB4j/wrTPQ1wpT8ByhnqsNYTu"
    "gMNZPWf84+3MP++zndS6SePEh2VZdMKNvQSt5mUZoKxDIfIa/qBDkuNVy4lXU3RVzBi7XC"
    "ESwi9t/1xlzO2GL2JeTa9ls2vio13xMT2Z6zTfC6hFzPd5nnO5grldxJURJtkE7VusXsMh"
    "jP+E81XBSw/ypbSDqA3kRl3kSiiJpyqHqESkeqb4hUL43ov7ClBWVX+v88QX9lZyiS+Fq4"
    "U/nBV3y5/sBrs3I2sw6I6GXarNnE7hLyKRF1XE2HvcAJKF9NbJPWwTVyx8RzXPijS19sKI"
    "n8OuyrFEPA+Pt1BNi5Kz10fJKOT6o67Do+6btg7XR8UvXnWMcnfQ+zrOOTqj/HOj7pe5hl"
    "HUijA2l0II0OpKktTAdiqgZqjEZXxJaAulbBFYV0TaFjkzbHJi2kLkHKMTRhgrEzA7doEE"
    "1kUW0OTPI39R5ALerHX7IzoDCo0cMvBiv7AtB9vL3VAV+nC/g6XhjTmSxfHcVUGJ3xDNkW"
    "29y7AVSx4++wUUxwQRzaJWKjywzCYWt9g1WY9WOiLi1uGubDsMkhzg8ur1sMeXEEE/gjiS"
    "oIPIjIP5NYD/ZuaNq8jLEoMhzSujJL8B5H1o7o5bLJIgrnhmKkUZSmeuFGF0XE/ItsKf8i"
    "JeQ/sZ8lx3dz+ciQtszG2Npd77rdbw16/eZ6uw9x6/6+3bptBudB8lgp5rZeyGtdoSakdk"
    "HQtvCyT8W56d1Lq8M8O+2QzgakswGVQD6qVy0bUClR3Uk7dFAJ1n1e1GSyK39ez5VaWQ+F"
    "bBt+TT4uMQonYi4x8ooR8Bli+gZ8W5qI8rr1fukIJmbyEvdCpuQtotwEa03Lq/sdWloYUI"
    "wjWvka1RUBTynBsmOEehINYDH5ak1dZha/dtPrdG+aYEoY0kN81/rtss1kLfNlBIeY0wXt"
    "mFBD9CmHtBXbZqoyQIpYe9+UWQpYQGwFC08h2ClCpYOdFMpyatH6u9hU3sLacprjlHqaSz"
    "3NJ3ayK5P2/SBedoJdV9OlREm0LkUW0O6qVlmNUGivxY3KqZWIuaMWpf1cLMFv2dZrUTVK"
    "dKNuVk55bslK1pbRbymyUUull/IEqGm9FH9ez9VLsR6F3SiwNx9BB1qAU/GypwwvyxvTJg"
    "iT8f24RBYEyxnE4JvQjX4DyAU8k+tLHbB3Q6FJEi0/uIAsscyn4lCvkeqrVppuxrkg8VO1"
    "zuqUOqvVNBSHNkqiGRIJQ6Lry+r6sgdLp3hs14lTWH9LphytmPG3ZOjuz/arXdjL5oL8QN"
    "kiti5tMqpJ2OVIay7T7Ip+xoh1VLDpTpANGTc6eqHQrfvlCwjbP+wBZ3Apk9Wagm112Uf5"
    "vYDLbmjGB9MlYv3YP4H/ZkEnt+7u+yVDPMTf+AOGJ3ds/QY4Zr5B2CcPSjCw0Sdo6nFCQQ"
    "9e2WRs2qI0A5gQ24IOd4d+uCia5Uqz3Uc1Fc/MxoePKjzimqJymbc/vi/AIX58n8kg8qZE"
    "2m30bwkDnlcwJKSokkBzlKohkVMdWsj0kVNY13GqCgpAB8l4HrkilA6ROFkF0T6IuKlt3J"
    "vYyrM1fqbksiJChC58WDTqk868+QibyDbIREN1VNlLWIYkUldoMcqWt7jVpbCRwvdvfQNu"
    "hfixgGRhQzAznyFP1muzHwv4cPwbgIkt/tB03SVxrM9h54lD5oAIsSSB5p6HH+JVEaOo4G"
    "W64Bsf4M+8tM03sER0xkUs5AD20/04UstyRBk78Y6FN7LRmFfF06JVCUWrcD2o8EVRmsqJ"
    "VwcpbKSK8H7RLRXLeRAGnzhTEyPXlNvmsnFO0lXA4pFAu1EI7UYO2o0U2g7JMtht9tsPaY"
    "+I9PqyVHDc/9Lq37X7fDxnzu9C/+8Ho9e/aXU7D61Bp9cNW10juo6GuHvTY7MzJUN80/ul"
    "3e/etbsDHgPwzI5NzpIN8c/d3q+37eubttHpPgw6g0d/uCfGa9vQmvr1AxH1/PEuHx863f"
    "bDQxOMPBdhdrcOcb/90LkW47K7Flli1N7gK/9kKXNQZLFcNIpE0DeyI+gbKQe+OWNmVTbk"
    "iqBqWQgbH4qo7VivnGslpbgLuTdjZrozFZhThJU7+A5yjYvVaQhjAtv3W6URl46gI2TKpu"
    "iIzjpyWe85kuViyguRiZLpGBmFGBnbxFOPSekqB1qU5kC+9SfkmYscZdkHWeoYGyGSxjbH"
    "HcjvXoErQidSKc8Cr26NVYuwS15JDF1THC0t1zmzYTq3+UGjrhAekd8Nz1ES3GJEFbyBDw"
    "G079tkbIW3jFbDXgh23yLBrfrGAs5VOKE0ZRUgPzZXtHDQMwNnqwlIk+oZUJ+BCaTj2VZ8"
    "aZxS6y3KrLfQddC+h1nGhKLJixEpR6ygo0oTa02VgqYqgG8OIc89tiX4UWqN/hbo+5mLpZ"
    "bfQvjH6PUMKMzAEsIn+8Ww0BTKauDkop+i1cgrIO/DZrg8h8IW93uKWt/xZbvjt3O1XSCD"
    "kieId/W0XaABH+YMFcuFHG1P45J8llCJPC07olS1XDZxYfpoMbJnCY+oxMu+ypiblizKTA"
    "EmEbLd98c72wupGFpHBeos19Xx6oedJTxzyNMUuTO02BGku9VAVYVqQmybLIMgju2Buhex"
    "F1/EYNWGSp4uWEMVt3IwGWDXFVWtkrCJiy5LX3mA+obnilCslOBOMEWKF1YSq7CAxQ4gBV"
    "UyqgLPIYMlW9BBY26fT4VLBi31vIBJc91nU8RkNgw6jrBccYTP7EpXDL6KkFQwzu1Anm+S"
    "1Gd5fm+LiqJ7kCjCIAdVGuG/PPS6GX66a5KkCh2NKfivqEd0hmjngMvBiCnOUx4pSeeTel"
    "wjzge4lCX5y9Zw7/8y++P/Ab0kr2k="
)
