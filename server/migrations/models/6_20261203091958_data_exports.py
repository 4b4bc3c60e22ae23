"""6_20261203091958_data_exports: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS "data_exports" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "state" VARCHAR(10) NOT NULL /* QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "lease_until" TIMESTAMP,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    "storage_key" VARCHAR(200),
    "size" BIGINT NOT NULL,
    "expires_at" TIMESTAMP,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
) /* A "download my data" zip built by the worker: a job row (the queue's columns) that, */;
CREATE INDEX IF NOT EXISTS "idx_data_export_state_d43cca" ON "data_exports" ("state", "next_attempt_at");""",
    "postgres": """
        CREATE TABLE IF NOT EXISTS "data_exports" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "state" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "lease_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ,
    "storage_key" VARCHAR(200),
    "size" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_data_export_state_d43cca" ON "data_exports" ("state", "next_attempt_at");
COMMENT ON COLUMN "data_exports"."state" IS 'QUEUED: queued\nIN_FLIGHT: in_flight\nDONE: done\nRETRY: retry\nDEAD: dead';
COMMENT ON TABLE "data_exports" IS 'A \"download my data\" zip built by the worker: a job row (the queue''s columns) that,';""",
}

_DOWNGRADE = {
    "sqlite": """
        DROP TABLE IF EXISTS "data_exports";""",
    "postgres": """
        DROP TABLE IF EXISTS "data_exports";""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


MODELS_STATE = (
    "eJztXWtz4ji6/isqvkx3FdM1TTrds8ypU0sSkmYngSwhOztn2XILLEATI7G+hM7u9n8/km"
    "yDL7KxCBfj1peZjqVXNo9u7/39T21OTWQ571pjFz9j96XWBP+pEThH7B+ptjqowcVi3cIf"
    "uHBkic7Q74WReAxHjmuzR6xlAi0HsUcmcsY2XriYEt6/RUBA8gLcGXYAJo4LyRgBBxEXUB"
    "vYaIzwMzLrwHGpjUxAeesb9mb21GYvAguKWVfoAuy+fcdfa9Ixey8m0729wSP4Xx4yXDpF"
    "7gzZ7D3/+Cd7jImJvrKfHvy5eDImGFlmDE5s8gHEc8N9WYhnF3jaIe616Mu/f2SMqeXNyb"
    "r/4sWdUbIiYJ/Dn04RQTZ0EX+Da3scX+JZVjAZIeT+x667+F8ZoTHRBHoWnyVO7X/A+lnN"
    "MLq9gfHQHhhGLTWDIUUE8uDRmBI+++xTHQHAlH/Cj39qNM7OPjV+Ovv48/mHT5/Of/7pZ9"
    "ZXfG+66dM3/2PWaPlDCcw6N53ugH8QZUvMX338wTdBA13oU4nJWKMPF4ZsAi5n0JbDvyJI"
    "zAD7ackZCPEu7xTM4VfDQmTqztif5z/9lAPv31r9y8+t/hvW620c5G7Q1PDbON5rfAU8Cv"
    "CG/XeDbvhgDe/62Dk4vmdF4D3LRvcsBS47x6htqC/hOFkFod7LUl7AF4tCCdJ/eeh15UhH"
    "SBIom3jsgv8CCzupg/sE0M4Bl4PBR547zr+sKKZv7lp/T8J9edu7EOBQx53aYhQxwEUCeo"
    "uOoSW5Jim1ECRy7Fc0CeRHjKhakF/0ercxyC86iXuw+3h30e6/eS/wZ52wG7se10CPbcQh"
    "MaCbRvuKtbh4juRwxymTqz0gfRf+4wQnoMZ+oNkj1ktwSedMyKBz134YtO7uY7Ny1Rq0eU"
    "tDPH1JPH3zMbE5VoOA3zqDz4D/Cf6v120n98uq3+D/avyboOdSg9ClAc0IPxE+DVH7xvnR"
    "yVOEJ+IPRnD8tIS2acRa1stjzQJLNmNAe/1rH1lQoJteCIHscOWP83KCy+BbuPDDp+Fy4P"
    "jRBs1CNN00b8yTTyCBU/GT+Lv5m0JZa4EH9AmRmkwOC9vquXLYAjPphHUrKoeBBbIdSqAF"
    "WvcdIEh/YYKQ9cJkHgc8fG792Dj/CJj45MtIEjlrmxF2LEd9L0JU4/2HTx9+Pvv4YSU7rZ"
    "7kiUybxSPxfwXWMux/OJ6yVjsIR/m+EEf5PoejfC8RjvieMGbQmSmJSDGqyomhHz8UAPrj"
    "h0yceZNmar5PpiYmM0DHNTxnq3lP0u5g5oNPLsvEn8hEh5jkzjSbKFuqAsm8/iMUm3mAU9"
    "jGO2ADUgJBHOA0uteMa8NT8it6ESB3AjV6Ntf/GAxzYuBmcfzssQ2XK040uqjYb2e/GPlS"
    "9mXr4bJ11a59y5aw9io7uC4cz+ZIfHdaeli35ssPq36FBQiGrMcJ6oCzl2CCLcStK3jOvh"
    "M4jL1BJsAEQDC1qbeoM9GA/ZufDbwXBHPEjlYylQkWOxp5SIbklmuJQOTXBbYdl7KOI4uO"
    "fok10gmw0Zy6SAzngCeEFr5Mw8QVwM4sdqw5Q8L+wPbasDSFzwi8+eJTGp5tfXkLIDEB+1"
    "BAEBOEwQS54xn76iVmG8dzgYXnTEgqKBL9p7ZeCjXxk4NlGGdf2DNOiL4u+EeyaVqtnWBN"
    "BMs/3LU10ZlNs/jjmxa8Dil4PbGfJRcK2sSbpw7cGMYhbZkV+7X7q+smWJiTIbl8+FsTjJ"
    "3nIblp97j2twmmiP7hULY9O3etm3bT39lD0ht8bvebgIp9sIVo8b6YDJcjwiVFizkyMTRU"
    "jVxxqjJPU5mkZX7Mq+ojojQVxLlRCOdGDs4NiVYCu5aazTYk0AgXQzj6ZSmcB+zOleOcIK"
    "uAji1PCm3/fZBvR1wJobe97k3YPWlcTNgR8RgFN2bRxR0hqQDgBzimHfxvCcB5Hk0hxeFE"
    "8Z/2yxUexKdpjfgSm65Eg5yJ96r/VoCXTJG1G0Z8DSaT3KYzicIwE801gYYzDSeTNZ8xWq"
    "bxzHGaWZO8ymmmZMge2meGtWM5h5G5lKMklTmMd7aU1+obFf4hTrUVC1GyhXwAVzttsdvm"
    "GDk5w42vI99mmuOU2jxX5lnmWnQ181yEQvNU6YsIPSPiqiEaJdGQpiGNWk0KQhol0UZkGe"
    "vPzhE1SCMUepGmAXVn3nxEILbUUE2SaWjT0HoLHqeh7EYSp9rXKXBqds0cTxJxaKYRVnYl"
    "uQnHObEztqgvSfRykTuTJE/aHYB6T09Yr7IR0sjlshlRwS/tANJ2OE41MY2ylZtBDY/LHe"
    "C6O1eyQx6uhT3J4vfKZmS5wLQDVB9EIMZFMFg1l2xEtozh2mdybr9zOajJWS6NbiF0k7xm"
    "BsTH8YS8gi5sf11QW+oJGWmt53lCCpctJDoWdoUcMoiXhG9qMH8RTovDGvg3XoCRhy0XjH"
    "z3wSW1n5DdBBD8QUfApkvwhj9mC8BDPzjA5zudt6wvdOu1xLzt5y1DInJfmJSw38UBc8QY"
    "bFDWdfTiIp4+QzwSTpgikku4Ni5nSDx/EU6OXAn+jEwAp2ztbOPVyPaWK7YWQV9dA7oumi"
    "/4/w/n0ahTcvC2Q6TkWM31Nr6PK+IDOmuIrROuisIOkH99bD+2r5r+xjOHpNM1rm87N58H"
    "TbaljInFrcpDctXrtpti/w1Jvz3o/95km8m1X1hLu8WoTeSnFzi+K2SwKSWRwZn7Jkqi7Y"
    "1JnUTyqEvhmm8ikZBrc1ipDSUWgg4yPOLK2M0NAWtxUm0QK/U88+hCZNtUIglne3/GqSrg"
    "i3ho50/tVJB9dVU3DJizTts4GKzJ9GFa5sOUi5xM3Dee0ItcZsjwOY6TVc8vay+BC9q3+9"
    "C+3ejrArPdssUJFqfUh1iZDzGdwUBnMCiB9r6kGQxW2eJkWvtIJrkcnX0sb91mjX2PoEiS"
    "aAoYMwgwGdGvTeCwBcM12cQM8kUTkc6MLkldaOZwEMUP+G+nk0k6f8GuB5eo0v8R5t0WuI"
    "jBhQf6Pw+uY+enXOQds8DFwH+XVt6fKH+So7znK1hy1OZw4iuKCoYPnxcLjsiJjUiy4OvN"
    "rIBxjKiSMO8hCGUm9arKBjnsX0F8G+fnRYTJ8/NsYZK3JYRJbefTdr7TVQRoO5+W9rWdT8"
    "+ztvNpO9+pnKLazpeccm3nO/70FjpMQ4WWVE2ep99JEFZJW34AXU+OTj2qYnylXj1aS/DE"
    "pqKobj2xDMukX/eDlCTK9VX0UrZmXUQAFfaDDzLvRpLzvgMDzL3KuZd4UG2RNT4OLn8BC/"
    "a1DnBmdMkdyef8+ZXnjmdAnMoptfpOR+epgS/5mrUsPiJP8+t7vgt/ea6f53r5JbVN520d"
    "OFR4y4MFogsLgeWMgoUFCVfluxSM6RyBMSSAX748N7CoGwmW2LIAoS6YMXTRVl7x0ShBts"
    "Vs19Gpfssq72erzHW+TZ1vs6KiWOQzjZk7l6g7CqG/otVToDwFsXtBRTKKEVZQFq6ScISI"
    "uZWL2JpMT3CpJzioLKHCJURIKnBsJkspF6ulnFdMOcUl8KKVrmdKWLFri8JMbe2aKAHzhF"
    "NVSml01Xu8uG2D+377svPQCXKWrvaJaBSiyKrAbL/duk2V8iXTLWCOUmmcC+BMCZNclbOV"
    "xqmq5xW/n2ylcAHHUkVYpmwcJdH5uCT5+Ch7G8PLk2XhyU7JF6fSrga6vPd3yS0iE283yz"
    "FCbQ8r8xyPfe30dps5QatnuswzDeWJaXMkv4y0tNvxbyUqDb0X7k2RQ9assQq4Oq/y7pk4"
    "ak8hwcoRg0kyna1WZ6vdkW+DWrba1ULcAbLVzgOa3LKqTiMxp/1o+eaE91RAfP1rH3F9pt"
    "TcKa0XfVr3XRbssdVpO8+LV2LUZ0NUaLd/26fv0bUFpzWJ65F4Xs/zPJqwHgrhvAtkO5T8"
    "4AAb8dSdvsMO5PG1aA5GNoJPDoDA9iz0DgT9AxrxT95NHsq7q4GlYby8dZXahP3gKWvIDe"
    "JNuAQdMshWOwK90hEoNtlFIzsjNBV0BzorZufLMfMlJRK+EQ1ll6s4VQWB3ovflUBtizqE"
    "KTotB8rqEXKUnDFdqK/kFVUFV/LuI14JlcUpZ3uuhf0r4HZxBG+104oJZ/uIKIJf6923u0"
    "3AKYeEq4+v+q3f2AOe2MVk8h97etV5uOs8PPCwcRM7c+w4PHL88f5z+5Y98hazcNkdfW9o"
    "i+JWe+fUbBAmGmNzy0qdUUptaSrzLGtL016NIYEAr6a2jxNpRlgX7zwIpocv3ll1RG20sO"
    "TRy9lycIREewlmSMBqiK4pNKDa/nkU++dhq3WeKqZK5TrFQbkDTPvhOKd1DBTFNHqfbAY1"
    "tDe9HtaKp02Os+gFVqsnMz6oL9ZgmIqu1fVNHUOUvR90H29vj5Usw7/LJBbr1SWXbbIW90"
    "TRZBmEZ61Y5bEQozuATgDl1mGAg+URy20BHfDFsbzpn3kq0i+SFBm7GXNzlgptNz6k3ZhP"
    "j4rWJuy/GzV5ibQ2e0lTq9NzRA0IjUIWhEaOCaGRzijLziQlrWPQX+NbDF+XLvB4W6Paiv"
    "iARjXIGm1H1azW7Qz6vRtuWnNc/MSur8mQ/NYatPtNsGRfaA/Jbat7xfix+3YTWOwdzngG"
    "F0PSbQ0e++wRga7nsV6tm37n8vHWf8j7jai3HJLL284dG60Jniw8h9Adkna33b/5vQk4BF"
    "OMhqQ3+MzfFvl8ZS+MQk4YOT4YOvVNSSzZ2jCavearnIV0zn6mymW2ptjXJkvxYwdK0rEX"
    "bkybKPdqojxSdZGS6SgOALTD0GRn/FZ4y2g17MVM8NSy6JJxZ6qYpwg14IUA51owW8TLGB"
    "adqqIup9bQF4J+4Y0sPObBAcYCzVW4/zRlFSA/tASwsPEzA2erCUiT6hlQn4EJcsezrWSw"
    "OKX2Wiyb12LKaaG8QbBlk74LRcGu07pvj9Iqe3wVAVpFn26PTxjiWkV4bDSnz9B6JULCQN"
    "n3h6oqUnM0HzGxYoZfG3V+txqoqlDxi+OVIFXMaSrpBEVt1+DRZ69NYCBG6gZhbJXEyrNe"
    "DVKl3G/UkjxE9ySTFCWudyGSPYIGlP2n4GF/vxquQrCqehcFIGT5GK0x2uBpZIjJKVz0vu"
    "X7Bf0g6s0Dd8ZY9BllH/2LKHwTOgexZge5vM6OA0bUI6ZfPueNgxBYq2veCf7oraxKz35e"
    "on2SyuWTNBe1jaU8cia2MRodQyIJeBCaf2OB7DFSSoycotPoStDl6w+ORfpogx3PhglfVJ"
    "evjFxjnYF1kN5MnOWqQKdoD4fy+xOBuBRhkSd/ySloGtMs9MZQqpA93ncg1VGnYXdhVDt2"
    "4w9VS1mcdkT1tInVjiq8ilXC5NoaIMiQCSY2nYdFK+tA1Hdnf84p1zEDaoM3/qMuJegtmL"
    "AHU0pNeQ3MHY37ilKUXpCxkvfXmefKcpDlcetiFajayFZE2jxWNvNYXC0IHTXn3zWF9vvV"
    "fr96V8l2lYUn281yjFCfnGWe41IIUFWT+33tLVXMgpQk08k70tB6yiUhvP1Xgzg5RHU6lE"
    "1n+47ToXhlqwRRSky9TVUgpIfs4XAt2dlaFNbkvVKqVBMdHuBxhxwHinMtpaOKtdfzdFR+"
    "qMjc71pYR2WjMcJci8T64WfsvoDljDoIOGwBQdezERjP0PiJdaCeWwdLiLnFFrgUjBBgH2"
    "NhJNVR7WxcRR3VKj8wYaIv48BdNF/w/x9OUXWBp9+LrupPjcbZ2afGT2cffz7/8OnT+c8/"
    "rW7jdFPetXzRueE3c0wK2KzROnCcYMmm4ADBJfDFolCC8F8eet2MoIY1SVLuxWMX/BdY+J"
    "Sd82TgcjDyNUxJZVI9LsbyAVI50tkxyZgBHhuitsRThBVMoLGfYM1Ty0rPunooXACFE2j8"
    "9bH9yFPO+9RD0uka17edm8+DJhCeOXg6c4fkqtdtN4FJCRqSfnvQ/73JLnTXfmEt7RZPWI"
    "9gSXLTBze8imtBlESXD09qGJJ8UwrXfNWnhFxruUutAbUQdJCxlXUwQao13aWeZ+i4BrJt"
    "mcYg204Yp9K2QmVbYSgIb3GWJkgreI5WLEvQq/zIdqlT8tnUh8C9vibVKyX61PN1S35vw4"
    "l236heGswQYDwksOnSL5npt4+Qw/7EzioU4BcQ2MXB6EXECEyw7bg/2h7hIQI/eou0hmm3"
    "Q+vIgnL5Kon/p2DNlnrD/hUUdt8XEnbf5wi77yVFG9FUmiwwp6TgiqICPMABENY5GY/Eb/"
    "mGSXHoKy7xNOUh06Gac0xU06FuveB3rYXhdQ4NfkTwl8pxv6CUiYtEDr2UPoH+iA2wL/jD"
    "u/Ow6/+i17uNrf+LTnKBP95dtNlciKlgnbAbM40ktJcZWU+ytfVxqsMr7Gv/M/HImCMKRh"
    "62GGfpvOOv/d8jHEZ7UePr9Fw6Pdf3PQPaVTr7UtbKjz0oP27xE6pJFB7ieT1PyWGxHgUV"
    "Gw9B3RRiAhELjMw6IOgZ2cBzeEQWtYENyROb/bTmQpFWopr4R419XKCQ5bluGB6RR36drH"
    "9q/cUR9Rc6g/VebfX6UvleLpWYqX+sHFIQJdHe76UoAVwyflhXAC4lpDkRGitGRwcT5Hm9"
    "R4++stWrLdmCLQqpLle7e0w3l6s9jhgZybQqESbjeVizRcpE4teNgmU2vFIxcBWsJuKrtM"
    "h3TJHPptbW7sMh7QHtTf7KVNSz1+7a3B7RDDLQDMld76rdbw16/FEYZTUkvd+6vBNdkuAN"
    "R7dP/UEx2UpejBFqcfG0xMUxWrhIFqGVZ4qMkmkLZHELpF88yVDWfCXpqmBkOYAKTOet+E"
    "6SK5waj6RzK2w6iKueW6GMaSc3plY4kpRJzVs6bRPXlqaCjzbXc+XMWA29YjbMHkHA9zIB"
    "iL8B0IlwkF6PBdhY70CXfZMDII/YpwuMTIBJHTjU97qGJCDmfCR3vUYpe+ee3jMkDiMAcO"
    "Iie539ktd84DkvF0zqZgOPZ5BMUZB4PsyXyRaLy1NjYtdB1gRgJzC/+q99bWJMnROzZBdS"
    "PUdo14bETSdr2SXBQqFvcJztC7xZO7OmLnN4Qe1z56rdBDNssqPx8f5z7/aqCbwFL7zBY7"
    "gfBr1+m0dxO9z9hD+56/2tbYQKHf9sNEK9zm3nemCILq3bJuDpDMPkx4zy8bZtMLmke8PH"
    "Y+et4Z+yQ3Lfu+1c/r5q88vGrFo7XTaN3cu2cXHbu/y1uYrQMUYWHT9F2h+7yR4eCfq0Li"
    "97j93Ip4W5+O11FmflEuZFpLNGtnDWKIVsVjYJeC957h3Lm6roFuJUFQimSKzc8/MiS/f8"
    "PHvt8jYZ0i52s9TZeVCvyCqH9ftCx8T7nHPiffqgwC6acwdjFaCjNJVD+awIyGfZGJ+lI9"
    "34BaW8muNUlYO5UUgj2cjRSDYkMYUcM8a5YTmvle3+kqTT919eSl2uyVANj5VTV29Z7+M+"
    "XGO3PeqVRXwvobMutKfI3WqhS0grh/leVnkA3JZ4VxbrPQXf62IdB4xAM5ELZamtssNi1x"
    "Q6JDZ/OrYIidVliKqlZy1J2F/Pc6eU4XzHd67ElBZrr+fZ0mjQ05iHXQuk0SbUxRM89s1Z"
    "nDCR0dpBxA2TbgJMhD1K2K/YyMTxNcwAOmDJjV3YBS6y/M9KpNXey3uGBI5EFm5OHeZJWl"
    "L7Cdl1kfeTW+OWM+QPJ97KGCxuMsMOgEv4ohN1l9yAduRE3ezIYKcIn1El5jJGVWbby9ac"
    "/IdCnPyHHE7+QyqPsTf6A40l9sycnNFrkiqivA9ll8sPrRE1JarbbDY+RlQJpA/Ny8/cua"
    "UMe4xIC1DqoCNoIlspsVCERItQOxehdKp6napep6rXqepffVucgn5Bp6r/DudZp6o/BqOn"
    "vWGzr67qxkly1mmLKY+Q6cO0bIdpSZTy9yIK41pEeNYkSvlYez1PKe/Hcxh+sGjRJH10jn"
    "iJgDd04iICmDh4x24IyhbuWxAMBGAYKTJDNhuC2vEnq36OP5Ykm9+eXiLN9+B3DMK9/H8j"
    "nfbhuJn+TirKfPXkZMPMdWZFnVlRs4A7ZgHDu0QtZiVBpVMKZGbFUE0rkKDSyG7OLRBjjW"
    "Io68SA8VD4xOLanGBgxWlqaItBi0qYaUBkZpSJYEHGxhzRi/VQqPfGloDt8hh/CEzsjD3h"
    "xcNdkYIY/XfgimPCXZYYe/zMQ/6BS+dsbCFGffER43zEl7fysm87f8Mrov3jXI+O/S/ZhV"
    "HPkdyUg8KOEA922k4yqo4a2jXmFcp7Dp7BXV1UEV8Radi1zUQr0eUSMjLxdrMcI9SGkjLP"
    "8ZovVLaFxSj1LJd5lmfYNBHZYpJjhHqOyzzHQaa3LSY5TqlnudyzzEsHiPxPCuJxgkp7VS"
    "ZV1rwMnjKqcSINqjZbHtRsyc6JmXJtsCiNzt6clXNNpxjXGbGPblhRy4jt7+xSmavKmBM7"
    "dgCq2qpiYS1wPMuoPX8REF//2kcWzMjwFaDdWg10snx1CvO4IdWC01didM2GqNA+TzGer4"
    "QnLPJcwcXD5Rb8WnyKFpM7mfWzT5N5n+Fzi+fY/YylpvNYez3PhM6RNize1ZjhosZ0njc/"
    "KBAOgig18Aa9m74DkCfMx8LBmLsSP6GXX9h/WHOQ8IObPEfQQavs+eLVDuC5oGsJvPf0mi"
    "GBY5s6DliiEVjYdIwcBzkFre06i0cps3goJqrdc47a40mwe7GVq6sqtd2wpDrKkgTf9NGc"
    "umgl5MgusHiP/CtM9DXClPx7KGeqw1iO6Aw1k9Z/zj7cw/67Od1LpJ7cS3ZVh05ctqGVvM"
    "2iNBWIZT5AXtUJth3XcNBW1t0UcQUv1gpHsIjYf8cbczlji9mXkGvbb9n4qtR8TyC2PHub"
    "4HUJuZ7vMs93MFcquZOiJNognap1S9hlMJ7xn2o4OGD/VbaQdAC9icq8iUQRNeVQ9QiVjl"
    "TfEKleGtF/YUkLyq70/3mC/srOUCTxtXCn8oOv+HL9gddm5WxmHVDRC1qsGRJnifiUiDqu"
    "0GYvsAPKNxMLunVwhZ0x9WwH/ei4LxaSRH7t91WKIWD8/ToC7NSVHjo+SccnVR12HZ/0Xb"
    "B2Oj6p+nOs45O+h1nW8UnVn2Mdn/Q9zLIOpNGBNDqQRgfS1BbQRsRVAzVGoytiS0Bdq+CK"
    "Qrqm0LFJm2OTFlKXIOUYmjDB2ImBWzSIJrKoNgcm+Zt6B6AW9eMv2RlQGNTo4ReDlX0B6D"
    "7e3uqAr+MFfB0ujOlElq+OYiqMzniGLZNt7tcBVLHjb79RTGhBbbdLxUaXGYTD1voGqzDr"
    "x0Rdt7hpmA/DJofaPzi8bjHixREg8EcSVRB4EJF/JrEe7N0IWryMsSgyHNI6MkvwDkfWju"
    "jlssliF80NxUijKE31wo3Oioj5Z9lS/llKyH9iP0uO7+bykSFtmY2xtbveVbvfGvT6zfV2"
    "H5LW/X27ddsMzoPksVLMbb2Q17pCTUjtgqBt4WWfilPTu5dWh3ly2iGdDUhnAyqBfFSvWj"
    "agUqL6Ku3QXiVY53lRk8mu/Hk9V2plPRSybfg1+bjEKJyIucTIK0agZ0Tcd+DLEmKX1633"
    "S0cwMZOXuBcyJW8R5SZYa1pe3e3Q0sKAYhzRyteorgh4TAmWHSOuJ9EAFpOv1tRlZvFrN7"
    "1O96YJppQhPSR3rd8v2kzWgi8jNCScLmgn1DVEn3JIW7FtpioDpIi1902ZpYAFImaw8BSC"
    "nSJUOthJoSynFq2/i03lLcwtpzlOqae51NN8ZCe7Mmnf9+JlJ9h1NV1KlETrUmQB7Y5qld"
    "UIhfZa3KicWomYr9SitJ+LJfgt23otqkaJbtTNyinPKVnJ2jL6LUU2aqn0Up4ANa2X4s/r"
    "uXop1qOwGwXx5iNkIxNwKl72lOFlemO3CcJkfD8usYnAcoYI+CJ0o18AdgDP5PpSB+zdSG"
    "iSRMsPDqBLIvOp2NdrpPqqlaabcS5Y/FStszqmzmo1DcWhjZJohkTCkOj6srq+7N7SKR7a"
    "deIY1t+SKUcrZvwtGbq7s/1qF/ayuSA/uGwRmxcWHdUk7HKkNZdpdkQ/Y8Q6Kth0J9hCjB"
    "sdvbjIqfvlCyjbP+wBZ3BdJqs1BdvqsI/yewGH3dCMD3aXmPVj/wT+mwWd3Lq765cMyZB8"
    "4Q8Yntyx9QvgmPkGYZ88KMHARp/gqccJBT14Y9ExtERpBjChlols7g79cFY0y5Vmuw9qKp"
    "7BxvlHFR5xTVG5zNsfPxTgED9+yGQQeVMi7Tb+t4QBzysYElJUSaA5SNWQyKmOTAx95BTW"
    "dZyqggLQXjKeR64IpUMkTlZBtPcibmob9ya28mSNnym5rIgQoQsfFo36dGfefEQgtgw60V"
    "AdVPYSliGJ1BVajLLlLW51KWyk8P1b34FbIX4sEF1YCMzgM+LJei32YwEfjn8DgMTkD6Hj"
    "LKlt/hJ2nth0DqgQSxJo7nj4IVkVMYoKXtABX/gAf+albb6AJXZnXMTCNmA/3Y8jNU1blL"
    "ET71h4IwuPeVU8LVqVULQK14MKXxSlqZx4tZfCRqoI7xbdUrGce2HwqT2FBDtQbpvLxjlJ"
    "VwGLRwLtRiG0GzloN1Jo2zTLYLfZbz+kPSDS68tSwXH/utW/a/f5ePac34X+3w9Gr3/T6n"
    "YeWoNOrxu2OkZ0HQ1J96bHZmdKh+Sm97d2v3vX7g54DMAzOzY5SzYkv3Z7v922r27aRqf7"
    "MOgMHv3hnhivbSFz6tcPxK7nj3fx+NDpth8emmDkOZiwu3VI+u2HzpUYl9212BSj9gaf+S"
    "dLmYMii+WsUSSCvpEdQd9IOfDNGTOrsiFXBFXLQtg4L6K2Y71yrpWU4i7k3owZdGYqMKcI"
    "K3fw7eUaF6vTEMYEtu+3SiMuHUFHyJRN0RGddeyw3nMsy8WUFyITJdMxMgoxMhYkU49J6S"
    "oHWpRmT771R+SZixxl2QdZ6hgbYZrGNscdyO9egStCJ1IpzwKvbo1Vk7JLXkkMXVMcLC3X"
    "KbNhOrf5XqOuMBnRr4ZnKwluMaIK3sD7ANr3bTK2wltGq2EvBLtvkeBWfWOB5iqcUJqyCp"
    "Afmita2PiZgbPVBKRJ9Qyoz8AEuePZVnxpnFLrLcqst9B10L6HWSbUxZMXI1KOWEFHlSbW"
    "mioFTVUA3xwhnntsS/Cj1Br9LdD3MxdLLb+F8I/R6xlQmIElQk/Wi2HiKZLVwMlFP0WrkV"
    "dA3ofNcHgOhS3u9xS1vuPLdsdv52q7wIZLnxB5raftAg/4MCeoWC7kaHscl+SThEp4DqKv"
    "vGTIK7FiZxJsi4GqipXIafNKlKqW9yeueDhYPPFJwiOqFrOvMubQlEXkKcAkwtv7/ngne3"
    "kXQ+ugQJ3kujpcrbWThGeOeEonZ4YXrwTpbjVQVaGaUMuiyyDgZXug7kWcyrUYrNpQyVMr"
    "a6jiFiEmL712RVWrfG7iosvS7e6hFuSpIhQru/gqmCKFHiuJVVjs4xUgBRVFqgLPPgNLW8"
    "jGY+7LkAotDVrqecGlcN1nU3RpNgw65rJcMZfP7EpXDFSLkFQwJnBPXoKSNHF5PoKLiqK7"
    "l4jLIF9XGuG/PPS6GT7Na5KkuQGPXfBfUbvpBNHOAZeDETMypLx3ko469bj1gA9wIUuImG"
    "0N2P1l9u3/Aa1VHk4="
)
