"""Initial schema. Aerich writes SQL for one dialect; Polder runs on SQLite and PostgreSQL,
so each migration carries both and picks by the connection's dialect."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE "groups" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "slug" VARCHAR(50) NOT NULL UNIQUE,
    "title" VARCHAR(120) NOT NULL,
    "area" VARCHAR(120) NOT NULL,
    "topic" VARCHAR(20) NOT NULL /* NITROGEN: stikstof\nWATER: water\nLANDSCAPE: landschap\nNATURE: natuur\nAGRICULTURE: landbouw\nCLIMATE: klimaat\nENERGY: energie\nOTHER: anders */,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE "instance_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "group_creation" VARCHAR(10) NOT NULL,
    "open_registration" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The one row that describes this instance; created by the first-run set-up. */;
CREATE TABLE "rate_limit_hits" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* One counted attempt (e.g. a login) for a key; kept in the database so that limits hold */;
CREATE INDEX "idx_rate_limit__key_a934dc" ON "rate_limit_hits" ("key");
CREATE TABLE "rules" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" INT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rules_group_i_04e292" UNIQUE ("group_id", "position")
) /* A numbered rule of conduct: instance-wide when `group` is empty, else the group's own. */;
CREATE TABLE "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(30) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(120) NOT NULL,
    "role" VARCHAR(32) NOT NULL /* FARMER: farmer\nFARMERS_ORGANISATION: farmers_organisation\nNGO: ngo\nGOVERNMENT: government\nKNOWLEDGE_INSTITUTION: knowledge_institution\nBUSINESS: business\nRESIDENT: resident\nOTHER: other */,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "email_confirmed_at" TIMESTAMP,
    "is_admin" INT NOT NULL,
    "language" VARCHAR(5),
    "bio" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE "api_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A personal API token; only its SHA-256 is stored. */;
CREATE TABLE "memberships" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(10) NOT NULL /* MEMBER: member\nMODERATOR: moderator\nOWNER: owner */,
    "joined_at" TIMESTAMP NOT NULL,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_group_i_58defd" UNIQUE ("group_id", "user_id")
);
CREATE INDEX "idx_memberships_user_id_6b1e99" ON "memberships" ("user_id");
CREATE TABLE "posts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "edited_at" TIMESTAMP,
    "deleted_at" TIMESTAMP,
    "reply_count" INT NOT NULL,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
) /* The start of a discussion in a group. Deleting leaves a tombstone (`deleted_at`). */;
CREATE INDEX "idx_posts_author__4ed6dc" ON "posts" ("author_id");
CREATE INDEX "idx_posts_group_i_c07d23" ON "posts" ("group_id", "created_at", "id");
CREATE TABLE "replies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "edited_at" TIMESTAMP,
    "deleted_at" TIMESTAMP,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "parent_id" INT REFERENCES "replies" ("id") ON DELETE SET NULL,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE
) /* A reply in a post's thread, optionally answering an earlier reply (flat, Discourse-style). */;
CREATE INDEX "idx_replies_author__60c691" ON "replies" ("author_id");
CREATE INDEX "idx_replies_post_id_d6c829" ON "replies" ("post_id", "created_at", "id");
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);""",
    "postgres": """
        CREATE TABLE "groups" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "slug" VARCHAR(50) NOT NULL UNIQUE,
    "title" VARCHAR(120) NOT NULL,
    "area" VARCHAR(120) NOT NULL,
    "topic" VARCHAR(20) NOT NULL,
    "description" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "groups"."topic" IS 'NITROGEN: stikstof\nWATER: water\nLANDSCAPE: landschap\nNATURE: natuur\nAGRICULTURE: landbouw\nCLIMATE: klimaat\nENERGY: energie\nOTHER: anders';
CREATE TABLE "instance_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "region" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL,
    "group_creation" VARCHAR(10) NOT NULL,
    "open_registration" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "instance_settings" IS 'The one row that describes this instance; created by the first-run set-up.';
CREATE TABLE "rate_limit_hits" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(200) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_rate_limit__key_a934dc" ON "rate_limit_hits" ("key");
COMMENT ON TABLE "rate_limit_hits" IS 'One counted attempt (e.g. a login) for a key; kept in the database so that limits hold';
CREATE TABLE "rules" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "group_id" INT REFERENCES "groups" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_rules_group_i_04e292" UNIQUE ("group_id", "position")
);
COMMENT ON TABLE "rules" IS 'A numbered rule of conduct: instance-wide when `group` is empty, else the group''s own.';
CREATE TABLE "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(30) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(120) NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "email_confirmed_at" TIMESTAMPTZ,
    "is_admin" BOOL NOT NULL,
    "language" VARCHAR(5),
    "bio" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "users"."role" IS 'FARMER: farmer\nFARMERS_ORGANISATION: farmers_organisation\nNGO: ngo\nGOVERNMENT: government\nKNOWLEDGE_INSTITUTION: knowledge_institution\nBUSINESS: business\nRESIDENT: resident\nOTHER: other';
CREATE TABLE "api_tokens" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "api_tokens" IS 'A personal API token; only its SHA-256 is stored.';
CREATE TABLE "memberships" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(10) NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_memberships_group_i_58defd" UNIQUE ("group_id", "user_id")
);
CREATE INDEX "idx_memberships_user_id_6b1e99" ON "memberships" ("user_id");
COMMENT ON COLUMN "memberships"."role" IS 'MEMBER: member\nMODERATOR: moderator\nOWNER: owner';
CREATE TABLE "posts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "edited_at" TIMESTAMPTZ,
    "deleted_at" TIMESTAMPTZ,
    "reply_count" INT NOT NULL,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_posts_author__4ed6dc" ON "posts" ("author_id");
CREATE INDEX "idx_posts_group_i_c07d23" ON "posts" ("group_id", "created_at", "id");
COMMENT ON TABLE "posts" IS 'The start of a discussion in a group. Deleting leaves a tombstone (`deleted_at`).';
CREATE TABLE "replies" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "edited_at" TIMESTAMPTZ,
    "deleted_at" TIMESTAMPTZ,
    "author_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "parent_id" INT REFERENCES "replies" ("id") ON DELETE SET NULL,
    "post_id" INT NOT NULL REFERENCES "posts" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_replies_author__60c691" ON "replies" ("author_id");
CREATE INDEX "idx_replies_post_id_d6c829" ON "replies" ("post_id", "created_at", "id");
COMMENT ON TABLE "replies" IS 'A reply in a post''s thread, optionally answering an earlier reply (flat, Discourse-style).';
CREATE TABLE "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);""",
}

_DOWNGRADE = {
    "sqlite": """
        """,
    "postgres": """
        """,
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXV1z2rga/isabjadSTItCWlPekUSmnKamA6Q7Z5ddlyBBejESF5LLmV68t+PJNvgLx"
    "w7AQJEN20s6ZXE80p6Py3/qkyohWx2XHdwl94jUjkHvyoETpD4I1V3CCrQcRY1soDDvq0a"
    "QwebXDZTxbDPuAsHXNQMoc2QKLIQG7jY4ZjKUSp14CCXUQJtUP/aBIr0I6DEngHMGeh8rh"
    "9Va2cAM8A4dZF1LLu16ED0i8noyT14BP/jITHTEeJj5Ip+/vpbFGNioZ+IhY/OvTnEyLZi"
    "cGBLdqDKTT5zVFmT8E+qoZxc3xxQ25uQRWNnxseUzFtjwmXpCBHkQo5k99z1JDjEs+0AyR"
    "Avf6aLJv4UIzQWGkLPlhBLan8Ci7KKaRqtrtlpdE2zkoI/pIjgGRQNKJGsE1Nl6teP5BSO"
    "qu9O359+ODk7/SCaqGnOS94/+EMvgPEJFTxGt/Kg6iGHfguF8QJU9X8K1ssxdLNxDdsnkB"
    "VTTiIb4pgHbViwwHaxWudAVtYF7QT+NG1ERnwsHt+9fZsD5O/19uXnevtAtHojh6Ric/n7"
    "zgiqqn6dRHuBrtoT5hiycRmM41SrQfplF3EM6bPTAkCfnS7FWVbFYR64SEJhQp6G+UrUcD"
    "xB2VDHKRNQWwHpcfjHupb4OqEXP9BqiTM5YHkO9N3mbaPTrd9+lcNNGPvHVvjVuw1ZU1Wl"
    "s0TpwVmCTfNOwLdm9zOQj+DPltFQ8FLGR64acdGu+2dFzgl6nJqETk1oRVZnWBqiFuO6DR"
    "k3PfYkvidpV8D5YMrbwvgdYXSISS6nBaNcs5T4j1A8rgPswjZegRogFavhfaYWIOFKo/tJ"
    "aG14RL6gmQK5KWYEySBL/Aea6l3QzY6B+xCunrB0sZtdOJ1rotFFJX67+MWI+5K83rmsXz"
    "UqCuE+HNxPoWuZMahlDa3SRMm8bbpqUp0kSyCBIwWO/BVyzgHq1y71nEqG4eBX5FoNI9mk"
    "mMWwHE6t02+XTs9sb1RG3wzb752mWSui0teWa/S1tEKPuV3KXpoTbM5g2hi876qFTKZqjs"
    "lUTSEMhcJaBuCwvca3GL6cOniQDXCDeJOUpE9YpgHxBs1/KCpdVtIJUDGa3XbrumGcA8bx"
    "PeN02CPfhC7bPgdTMUO3R27qxpWQ218b58AWY7DBGDo9YtS7d21RRCD3PNGqft1uXt7d+I"
    "WyXZ960x65vGneit7Owb2NJxDyHmkYjfb1f86BhGCEUY+0up/laJHpl2R/Ie7nMD/N+yhG"
    "qRXQRT+XyN0E2R64fvKMo8Yf3ZhdFAJ6cFv/403MNrppGddh8wgDLm9aF9pB8UodFCkja7"
    "lNENHX0aQvDokx9lXx+Pq4CIg/fWkjGy7ZhIHGfzvvaAdXwjIzLLaTJIueCdJX0cW+wuN6"
    "NnomPG3P3l13VxqddVreoZ7UQZyLyfknVcIIT7U5zLPHcdDaZNHmjwbzumMEKEHApVPAx5"
    "ADv76PmHjEDITdfgSBPAH9mahBYIhdxo9cjwAx4JHnpKN8q+1auwq2y1Ww/eG/zVlb6wgA"
    "umiUqWwvR3hBsQd69gYQ1jbNC9k0ynVsqkO/5BJPU27SnWBNMCnrTnjygi+03nOWe3K1Uw"
    "cRUx4RctBs3C8otREk2dBn0ifQ74sO1gV/KDs3u/4vWq2b2Pq/aCYX+N3tRUPwQrFCNMJ+"
    "ZCcUoNqS15Z8jiW/ThsjYtJnWBdxg3+5XZHwMKw22PeXf6Ir/V5GgP/WKv0LqvQuXRahet"
    "y/H9JuUB77K7Ose/+2Ic/rc+BT98ht66rRrndbskisfjFLKkpb3wzZiE5JMMKLy+//Ukye"
    "JD1ihFp4bLvwSCvKpc66KInOX8pQw7YyI2zXpEhOQthcoD8zI2yegrRj67VoSlh0o2bnhC"
    "VX7QpAXV2a3SZX7I5n2amoUYYGHkaTluve85BVMT++4L7LAR0CCCzMBh5johJgIp7VajsG"
    "VxITATUQdv4PxEQFpxPRt3TTH3z3EZOqwvc32e78lY/wuFf/V2UBc2zTxK1iUSYJ0U9HiF"
    "85qzlfAtSDpRVuiIpqLEBVDw/a0NikoaFz4WLJOsWydfLSdVLWQp9aszJO7bD9XuC7aX+2"
    "BM8c84ldFvE5kYZdp0bpV3iyjWBk4adxOUaoX9PaZh4v9MKyTI5Tai5vM5dd5NgzwTuPZL"
    "B5qVKdoNqcU+vtVmvXkfcePIFISZ9WjEZ7tdKgater9hRuiVurnKfQ39naV/gIqLEDsKy3"
    "MC7S8LPzpqWE26MFvNbM6bbA5wZPMP+MM72qsfrDPO+qRNq0ZVNzjIv6WVsEAaWLIAtAzt"
    "HE4eAAHY+OAQQ2HWHyBgypKx7u0eyj+EdUY6KymqU3rA8ZAoz66dBqaAbGNJAlUWfreobp"
    "EThwKWNgivrAcekAMYbYOtKrL/DotXhJ/1Wtnpy8r749OftQO33/vvbh7VxOpqvyBOZF81"
    "rKzJh6/rgvVSyAMp7UoPm6HE4v98b2Wtyo5e1R7VLaUkN0S5LyfFmfJbdCJSBHYC2UjSK3"
    "9CnD2Q/OSQB/k6/dyFyZQ0BVK2iLakjYFEnGi78Agq4YwA0oD4ZCcTkEV5gJSeQydMT4zE"
    "YZkcH1DlUyRCjH1xHCXTAN86Sajl/p+NW+w67jV3urbOj41evisY5fvQYu60DLGgItDnQR"
    "4eVAjdE8CdQt2yUrB3VhBBWFdEGhY1ePx66cIHf3mTGWPbtQ5jARZIksqscDV/6mXgGoRc"
    "MpW3YGFAY1evjFYBUzAMbdzY0OCL5cQHAwxrbloqy369cQEdyRJbzegKCnoEg7VIPbqHL8"
    "qeGVV0W8qcST74siC0gq+QqE+JWWN+Dn83uMjqbYQmA6RgR8VzH77/ILJjJ0NzsEYmyk4n"
    "Oq5jcmXy3N8qSua5j8l6/FQY3VT9UvYL+k13POhlJ6G15ylrxexU3fu6zfNYniu2c3J202"
    "K3HLdIw9S0rcMnRXl5P4MuF1ZaNkKIOh7bJcGZQvD+vPWeyXPiV5WvaeyijN3n3W4qSI+D"
    "9ZLv1PUsJfXwO63ksqqTuCBLPSNyUm6fZA2drAJy527AYsqqRMObgrn+rtW3m31RC6E3kB"
    "lv/cMVvt67rR7NS7zZYR1jIzuo56xLhuCe6MaI9ct35vtI3bhtE9ByP6Q5yZE0R4j3wxWt"
    "9uGlfXDbNpdLrN7p3f3T2hUxtZI2RKNwbmnt/fxV2naTQ6nXPQ9xgmiLEeaTc6zSvVr4sY"
    "tlSvwRcxFr+37LlXLXLuVZefe9XkSkETiDPyZZZvyDnB3gmVaq3IZzlFq+VGZS31YU4HMj"
    "alQh0s+wnUFOEeSppqrVYI8VoO4rXMFS01/yEWW/9JCSuZPeichm3OacDMVPcaZ8Qr8m4D"
    "jpJt8BLgecnO3gJsQzLyhO1a5kiL0jzpNNuy/ZP41F6Bo2z5QZY6xvqYlnJG+s33QD3W6a"
    "vbs8D360rSEq/ORNIOHGyqz9E/8+XYuoO7spsdXAZLw+HRbaS/4FUYKv0Fr/wveOl30Tec"
    "elJHLh6MKxnxhqDmMC/iABdtdMhhY6J5zSGHH+IILumqjZBoX0UxX4XcVCUQDprvIbpriT"
    "mIEXlmKu6/Oy1jiUq/IEnq83jAwf+AjXdZ8GaBK8HIN6qS9lNCG5cdXGRlI2wydP7wf6zJ"
    "pEM="
)
